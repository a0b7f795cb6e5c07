// Synthetic BRP families for the benchmark: one child with joint custody of two parents each, all BSNs valid
// (elfproef) and distinct, so the load looks like a real stream (every event a different child).
import type { BrpPersoon } from '../schemas/brp.ts';
import { isValidBsn } from '../src/core/bsn.ts';

export interface Family {
  child: string;
  declarant: string;
  other: string;
}

export function syntheticFamilies(n: number): { persons: BrpPersoon[]; families: Family[] } {
  const bsns: string[] = [];
  for (let x = 100_000_000; bsns.length < n * 3; x++) if (isValidBsn(String(x))) bsns.push(String(x));
  const persons: BrpPersoon[] = [];
  const families: Family[] = [];
  const adult = (bsn: string, i: number): BrpPersoon =>
    ({
      burgerservicenummer: bsn,
      naam: { volledigeNaam: `Ouder ${i}` },
      verblijfplaats: {
        type: 'Adres',
        verblijfadres: { korteStraatnaam: 'Teststraat', huisnummer: 1, postcode: '1000 AA', woonplaats: 'Amsterdam' },
      },
      adressering: {
        aanschrijfwijze: { naam: `Ouder ${i}` },
        adresregel1: 'Teststraat 1',
        adresregel2: '1000 AA  AMSTERDAM',
      },
    }) as BrpPersoon;
  for (let i = 0; i < n; i++) {
    const [child, declarant, other] = bsns.slice(i * 3, i * 3 + 3);
    persons.push(adult(declarant, i * 2), adult(other, i * 2 + 1), {
      burgerservicenummer: child,
      naam: { volledigeNaam: `Kind ${i}` },
      geboorte: { datum: { type: 'Datum', datum: '2016-05-05' } },
      gezag: [
        {
          type: 'GezamenlijkOuderlijkGezag',
          minderjarige: { burgerservicenummer: child },
          ouders: [{ burgerservicenummer: declarant }, { burgerservicenummer: other }],
        },
      ],
    } as BrpPersoon);
    families.push({ child, declarant, other });
  }
  return { persons, families };
}
