// Custody (gezag) as the BRP states it, reduced to what the decision needs: who holds it, or that it is unknown.
// GezagNietTeBepalen, TijdelijkGeenGezag and anything inOnderzoek mean "unknown", never "no joint custody".
import type { BrpGezagsrelatie } from '../../schemas/brp.ts';

export interface CustodyHolder {
  burgerservicenummer?: string;
  naam?: string;
}

export type Custody =
  | { kind: 'held'; type: string; holders: CustodyHolder[] }
  | { kind: 'unknown'; type: string | null; reason: 'gezag-onbekend' | 'gezag-in-onderzoek' };

/** v1 name of the two-parent type; reported under its v2 name. */
const V1_NAMES: Record<string, string> = { TweehoofdigOuderlijkGezag: 'GezamenlijkOuderlijkGezag' };

const holder = (p: { burgerservicenummer?: string; naam?: { volledigeNaam?: string } } | undefined): CustodyHolder[] =>
  p ? [{ burgerservicenummer: p.burgerservicenummer, naam: p.naam?.volledigeNaam }] : [];

function holdersOf(rel: BrpGezagsrelatie, type: string): CustodyHolder[] | null {
  switch (type) {
    case 'GezamenlijkOuderlijkGezag':
      return (rel.ouders ?? []).flatMap(holder);
    case 'EenhoofdigOuderlijkGezag':
      return holder(rel.ouder);
    case 'GezamenlijkGezag':
      // An OnbekendeDerde is a holder we cannot name or reach: kept, without a BSN.
      return [...holder(rel.ouder), ...(rel.derde ? holder(rel.derde) : [])];
    case 'Voogdij':
      return (rel.derden ?? []).flatMap(holder);
    default:
      return null;
  }
}

export function interpretCustody(relations: readonly BrpGezagsrelatie[] | undefined, childBsn: string): Custody {
  const own = (relations ?? []).filter((r) => r.minderjarige.burgerservicenummer === childBsn);
  if (own.length !== 1) return { kind: 'unknown', type: own[0]?.type ?? null, reason: 'gezag-onbekend' };
  const rel = own[0];
  const type = V1_NAMES[rel.type] ?? rel.type;
  if (rel.inOnderzoek) return { kind: 'unknown', type, reason: 'gezag-in-onderzoek' };
  const holders = holdersOf(rel, type);
  if (holders === null) return { kind: 'unknown', type, reason: 'gezag-onbekend' };
  return { kind: 'held', type, holders };
}
