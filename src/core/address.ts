// The recipient's own postal address, from the BRP: the only address a letter may ever show.
// Read from `adressering`, the lines the BRP itself composes for letters (Dutch, foreign, or none when the address
// is unknown), so the service asks no address details (verblijfplaats) of its own.
import type { BrpPersoon } from '../../schemas/brp.ts';

export interface PostalAddress {
  naam: string;
  adresregels: string[];
  /** Set when the address is abroad (e.g. a parent registered in the RNI). */
  land?: string;
}

/** Code of the Netherlands in Tabel 34: the BRP names no country on a Dutch address. */
const NETHERLANDS = '6030';

/**
 * Null when the BRP gives no address a letter can go to: no lines (VerblijfplaatsOnbekend), or the municipality
 * has established that the person does not live there.
 */
export function postalAddressOf(p: BrpPersoon): PostalAddress | null {
  const a = p.adressering;
  if (!a || a.indicatieVastgesteldVerblijftNietOpAdres === true) return null;
  const naam = a.aanschrijfwijze?.naam ?? p.naam?.volledigeNaam ?? '';
  const lines = [a.adresregel1, a.adresregel2, a.adresregel3].filter((l): l is string => !!l && l.trim() !== '');
  if (lines.length === 0) return null;
  const abroad = a.land && a.land.code !== NETHERLANDS ? (a.land.omschrijving ?? a.land.code) : undefined;
  return { naam, adresregels: lines, ...(abroad ? { land: abroad } : {}) };
}
