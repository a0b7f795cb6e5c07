// Countries (BRP Tabel 34) and whether the 1980 Hague Child Abduction Convention binds them and the Netherlands.
// Unknown status counts as not bound (contract §7). Data: countries.generated.ts, from the CSVs beside it.
import { COUNTRIES, HAGUE_1980, HAGUE_1980_AS_OF } from './countries.generated.ts';

export type HagueStatus = 'partij-ratificatie' | 'toetreding-aanvaard' | 'toetreding-niet-aanvaard' | 'geen-partij' | 'onbekend';

export const countryName = (code: string): string | undefined => COUNTRIES[code]?.naam;
export const isKnownCountryCode = (code: string): boolean => code in COUNTRIES;
export const hagueStatus = (code: string): HagueStatus => (code === '0000' ? 'onbekend' : (HAGUE_1980[code] ?? 'onbekend'));

/** Bound both ways. The Netherlands itself is no foreign destination: false, so callers never treat it as covered abroad. */
export function isHagueBound(code: string): boolean {
  if (code === '6030') return false;
  const s = hagueStatus(code);
  return s === 'partij-ratificatie' || s === 'toetreding-aanvaard';
}

export const HAGUE_SOURCE = {
  peildatum: HAGUE_1980_AS_OF,
  bronnen: [
    'HCCH, statustabel Verdrag nr. 28 (cid=24) en overzicht aanvaardingen van toetredingen',
    'Tractatenblad, edities over het Verdrag (o.a. Trb. 2006, 87)',
    'US Department of State, lijst van verdragspartners (controle)',
  ],
  regel: 'Onbekende status telt als niet gebonden.',
};
