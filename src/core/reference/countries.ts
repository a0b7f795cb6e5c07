// Countries (BRP Tabel 34) and whether the 1980 Hague Child Abduction Convention (HKOV) binds them and the Netherlands.
// Data comes from countries.generated.ts, built from the CSVs beside it. Sources, method and gaps: hague1980.md.
import { COUNTRIES, HAGUE_1980, HAGUE_1980_AS_OF } from './countries.generated.ts';

export const HAGUE_STATUSES = ['partij-ratificatie', 'toetreding-aanvaard', 'toetreding-niet-aanvaard', 'geen-partij', 'onbekend'] as const;
export type HagueStatus = (typeof HAGUE_STATUSES)[number];

const NETHERLANDS = '6030';
const UNKNOWN_COUNTRY = '0000';
// Ratified, or an accession the Netherlands accepted (art. 38): only then does the Convention apply both ways.
const BOUND: ReadonlySet<HagueStatus> = new Set(['partij-ratificatie', 'toetreding-aanvaard']);

// Object.hasOwn, not `in`: codes arrive from outside, and 'toString' must not count as a country.
export const isKnownCountryCode = (code: string): boolean => Object.hasOwn(COUNTRIES, code);
export const countryName = (code: string): string | undefined => (isKnownCountryCode(code) ? COUNTRIES[code].naam : undefined);

/** Codes outside Tabel 34, ended codes without a row, and 0000 are 'onbekend'. That status counts as not bound (contract §7). */
export function hagueStatus(code: string): HagueStatus {
  if (code === UNKNOWN_COUNTRY || !Object.hasOwn(HAGUE_1980, code)) return 'onbekend';
  return HAGUE_1980[code];
}

/**
 * True when the destination and the Netherlands are bound to each other by the Convention.
 * 6030 Nederland gives false even though the Netherlands ratified: a "departure abroad" to the Netherlands has no
 * foreign destination, so the Convention has nothing to say. Callers must handle that case before they ask.
 */
export function isHagueBound(code: string): boolean {
  if (code === NETHERLANDS) return false;
  return BOUND.has(hagueStatus(code));
}

/** Published with the rule set (GET /risicoregels) so that anyone can check where the Hague criterion comes from. */
export const HAGUE_SOURCE: { asOf: string; sources: string[] } = {
  asOf: HAGUE_1980_AS_OF,
  sources: [
    'HCCH, statustabel Verdrag nr. 28 (hcch.net/en/instruments/conventions/status-table/?cid=24), kopie stand 10-04-2014',
    'Tractatenblad: Trb. 1997, 275; Trb. 1998, 236; Trb. 2006, 87',
    'Raadsbesluiten (EU) over aanvaarding van toetredingen: 2015/1023, 2015/1024, 2015/2354, 2017/2463, 2017/2464, 2019/305, 2019/306, 2019/307, 2022/2439',
    'Nederlandse rechtspraak over teruggeleiding onder het HKOV (ECLI per land in hague1980.csv)',
    'US Department of State, lijst van verdragspartners (controle)',
  ],
};
