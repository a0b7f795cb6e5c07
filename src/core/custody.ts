// Custody (gezag) as the BRP states it, reduced to what the decision needs: who holds it, or that it is unknown.
// GezagNietTeBepalen, TijdelijkGeenGezag and anything inOnderzoek mean "unknown", never "no joint custody":
// inOnderzoek on the relation, on the child's indicatieGezagMinderjarige, or on a custody holder's own record.
import type { BrpGezagsrelatie, BrpPersoonInOnderzoek } from '../../schemas/brp.ts';

export interface CustodyHolder {
  burgerservicenummer?: string;
  naam?: string;
}

export type Custody =
  | { kind: 'held'; type: string; holders: CustodyHolder[] }
  | { kind: 'unknown'; type: string | null; reason: 'gezag-onbekend' | 'gezag-in-onderzoek' };

/** The person-level investigation markers of the child and of the holders, as the BRP delivered them. */
export interface CustodyInvestigations {
  /** The child's `inOnderzoek`. */
  child?: BrpPersoonInOnderzoek;
  /**
   * Each holder's `inOnderzoek`, by BSN. Leave it out when the holders were not looked up yet: then only the
   * relation and the child are checked, and a second call with it checks the holders.
   */
  holders?: ReadonlyMap<string, BrpPersoonInOnderzoek | undefined>;
}

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

/** The child's custody indicator (or its start date of investigation) is under investigation. */
export function childCustodyInvestigated(o: BrpPersoonInOnderzoek | undefined): boolean {
  return !!o && (o.indicatieGezagMinderjarige === true || o.datumIngangOnderzoekGezag !== undefined);
}

/**
 * A holder's record leaves their custody in doubt: who they are (BSN), whether they are of age, or their own
 * custody and curatele data (a parent under curatele holds no custody, BW 1:246) are under investigation.
 */
export function holderInvestigated(o: BrpPersoonInOnderzoek | undefined): boolean {
  if (!o) return false;
  return (
    o.burgerservicenummer === true ||
    o.leeftijd === true ||
    o.indicatieCurateleRegister === true ||
    o.indicatieGezagMinderjarige === true ||
    o.datumIngangOnderzoekGezag !== undefined
  );
}

export function interpretCustody(
  relations: readonly BrpGezagsrelatie[] | undefined,
  childBsn: string,
  investigations: CustodyInvestigations = {},
): Custody {
  const own = (relations ?? []).filter((r) => r.minderjarige.burgerservicenummer === childBsn);
  const firstType = own[0] ? (V1_NAMES[own[0].type] ?? own[0].type) : null;
  if (childCustodyInvestigated(investigations.child))
    return { kind: 'unknown', type: firstType, reason: 'gezag-in-onderzoek' };
  if (own.length !== 1) return { kind: 'unknown', type: own[0]?.type ?? null, reason: 'gezag-onbekend' };
  const rel = own[0];
  const type = V1_NAMES[rel.type] ?? rel.type;
  if (rel.inOnderzoek) return { kind: 'unknown', type, reason: 'gezag-in-onderzoek' };
  const holders = holdersOf(rel, type);
  if (holders === null) return { kind: 'unknown', type, reason: 'gezag-onbekend' };
  const checked = investigations.holders;
  if (checked && holders.some((h) => h.burgerservicenummer && holderInvestigated(checked.get(h.burgerservicenummer)))) {
    return { kind: 'unknown', type, reason: 'gezag-in-onderzoek' };
  }
  return { kind: 'held', type, holders };
}
