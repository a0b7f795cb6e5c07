// The recipient's own postal address, from the BRP: the only address a letter may ever show.
import type { BrpPersoon } from '../../schemas/brp.ts';

export interface PostalAddress {
  naam: string;
  adresregels: string[];
  /** Set when the address is abroad (e.g. a parent registered in the RNI). */
  land?: string;
}

/** Null when the BRP gives no address a letter can go to (VerblijfplaatsOnbekend, empty lines). */
export function postalAddressOf(p: BrpPersoon): PostalAddress | null {
  const naam = p.adressering?.aanschrijfwijze?.naam ?? p.naam?.volledigeNaam ?? '';
  if (p.verblijfplaats?.type === 'VerblijfplaatsOnbekend') return null;
  const a = p.adressering;
  const lines = [a?.adresregel1, a?.adresregel2, a?.adresregel3].filter((l): l is string => !!l && l.trim() !== '');
  if (lines.length > 0) {
    const abroad = a?.land && a.land.code !== '6030' ? a.land.omschrijving ?? a.land.code : undefined;
    return { naam, adresregels: lines, ...(abroad ? { land: abroad } : {}) };
  }
  const v = p.verblijfplaats?.verblijfadres as Record<string, unknown> | undefined;
  if (p.verblijfplaats?.type === 'Adres' && v?.postcode && v?.huisnummer) {
    const street = [v.korteStraatnaam ?? v.officieleStraatnaam, v.huisnummer, v.huisletter, v.huisnummertoevoeging].filter(Boolean).join(' ');
    return { naam, adresregels: [street, `${v.postcode}  ${String(v.woonplaats ?? '').toUpperCase()}`.trim()] };
  }
  if (p.verblijfplaats?.type === 'VerblijfplaatsBuitenland' && v) {
    const lines2 = [v.regel1, v.regel2, v.regel3].filter((l): l is string => typeof l === 'string' && l !== '');
    const land = (v.land as { omschrijving?: string; code?: string } | undefined);
    if (lines2.length) return { naam, adresregels: lines2, land: land?.omschrijving ?? land?.code };
  }
  return null;
}
