// Countries (BRP Tabel 34) and whether the 1980 Hague Child Abduction Convention (HKOV) binds them and the Netherlands.
// Data comes from countries.generated.ts, built from the CSVs beside it. Sources, method and gaps: hague1980.md and
// docs/reference-data.md.
import { COUNTRIES, HAGUE_1980, HAGUE_1980_AS_OF } from './countries.generated.ts';

import { HAGUE_STATUSES, type HagueStatus } from './hague-status.ts';

export { HAGUE_STATUSES, type HagueStatus };
/** How sure a row's status is: a primary source, a legal inference (EU law, case law, Council decisions), or one
 * weak source. An 'onbekend' row has none. */
export const HAGUE_CONFIDENCES = ['bevestigd', 'afgeleid', 'zwak'] as const;

const NETHERLANDS = '6030';
const UNKNOWN_COUNTRY = '0000';
// Ratified, or an accession the Netherlands accepted (art. 38): only then does the Convention apply both ways.
const BOUND: ReadonlySet<HagueStatus> = new Set(['partij-ratificatie', 'toetreding-aanvaard']);

// Object.hasOwn, not `in`: codes arrive from outside, and 'toString' must not count as a country.
export const isKnownCountryCode = (code: string): boolean => Object.hasOwn(COUNTRIES, code);
export const countryName = (code: string): string | undefined =>
  isKnownCountryCode(code) ? COUNTRIES[code].naam : undefined;

/**
 * Codes outside Tabel 34, ended codes without a row, and 0000 are 'onbekend'. That status counts as not bound
 * (contract §7).
 */
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

/** Rows per status, counted from the data itself so that the published figures cannot drift from it. */
export const HAGUE_STATUS_COUNTS: Readonly<Record<HagueStatus, number>> = Object.fromEntries(
  HAGUE_STATUSES.map((s) => [s, Object.values(HAGUE_1980).filter((v) => v === s).length]),
) as Record<HagueStatus, number>;

const UNKNOWN_MEANING =
  'De bronnen stellen niet vast of het verdrag tussen Nederland en deze bestemming geldt (meestal: een toetreding ' +
  'waarvan de Nederlandse aanvaarding niet is gezien, of een gebied waarvan de territoriale toepassing niet is ' +
  "gezien). De dienst telt zo'n bestemming als niet gebonden (contract §7): twijfel leidt tot een signaal, niet tot " +
  'minder signalen. Het is geen oordeel over het land; de rij verandert zodra een bron de status vaststelt.';

/** Published with the rule set (GET /risicoregels) so that anyone can check where the Hague criterion comes from. */
export const HAGUE_SOURCE: {
  asOf: string;
  sources: string[];
  aantallen: Readonly<Record<HagueStatus, number>>;
  onbekend: { aantal: number; betekenis: string };
} = {
  asOf: HAGUE_1980_AS_OF,
  sources: [
    'HCCH, statustabel Verdrag nr. 28 (hcch.net/en/instruments/conventions/status-table/?cid=24), ' +
      'kopie stand 10-04-2014',
    'HCCH, aanvaardingen van toetredingen per staat (status-table/acceptances/?mid=606 en ?mid=645)',
    'Tractatenblad: Trb. 1997, 275; Trb. 1998, 236; Trb. 2006, 87',
    'Verordening (EU) 2019/1111 (Brussel IIb), art. 1 lid 3 en art. 22: het verdrag geldt tussen de lidstaten',
    'Raadsbesluiten (EU) over aanvaarding van toetredingen: 2015/1023, 2015/1024, 2015/2354, 2015/2355, ' +
      '2017/2463, 2017/2464, 2019/305, 2019/306, 2019/307, 2022/2439',
    'Territoriale verklaringen (art. 39/40): UK SI 1991/2624 en 2020/277, Schedule 1 (legislation.gov.uk)',
    'Nederlandse rechtspraak over teruggeleiding onder het HKOV (ECLI per land in hague1980.csv)',
    'US Department of State, lijst van verdragspartners en British Overseas Territories (controle)',
    'Toelichting per rij en methode: docs/reference-data.md en src/core/reference/hague1980.csv',
  ],
  aantallen: HAGUE_STATUS_COUNTS,
  onbekend: { aantal: HAGUE_STATUS_COUNTS.onbekend, betekenis: UNKNOWN_MEANING },
};
