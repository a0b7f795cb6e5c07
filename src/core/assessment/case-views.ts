// The views of the child, the departure and custody that an assessment records on the case, from the registration
// in force, what the BRP said and custody recorded by hand.
import type { BrpPersoon } from '../../../schemas/brp.ts';
import type { EmigrationDataT } from '../../../schemas/events.ts';
import type { ChildView, CustodyView, DepartureView } from '../case/model.ts';
import { type Custody, interpretCustody } from '../custody.ts';
import type { AbstractDatum } from '../date.ts';
import { isoOf } from '../decision.ts';
import { countryName } from '../reference/countries.ts';

export function departureView(data: EmigrationDataT): DepartureView {
  const a = data.verblijfadres;
  const lines = [a.regel1, a.regel2, a.regel3].filter((l): l is string => !!l);
  return {
    datum: data.datumAanvangAdresBuitenland,
    land: { code: a.land.code, omschrijving: a.land.omschrijving ?? countryName(a.land.code) },
    gemeente: {
      code: data.gemeenteVanInschrijving.code,
      ...(data.gemeenteVanInschrijving.omschrijving ? { omschrijving: data.gemeenteVanInschrijving.omschrijving } : {}),
    },
    ...(lines.length ? { adresregels: lines } : {}),
  };
}

/** The child as the case records it: name, birth date and geheimhouding only where the BRP gave them. */
export function childViewOf(data: EmigrationDataT, child: BrpPersoon | undefined, birth?: AbstractDatum): ChildView {
  return {
    burgerservicenummer: data.burgerservicenummer,
    ...(child?.naam?.volledigeNaam ? { naam: child.naam.volledigeNaam } : {}),
    ...(birth ? { geboortedatum: birth } : {}),
    ...(child?.geheimhoudingPersoonsgegevens ? { geheimhouding: true } : {}),
  };
}

const holdersKey = (h: readonly { burgerservicenummer?: string }[]) =>
  h
    .map((x) => x.burgerservicenummer ?? '?')
    .sort()
    .join(',');

/** Custody as the BRP answers it now, with every investigation marker of the child and the holders it delivered. */
export function brpCustody(child: BrpPersoon, childBsn: string, people?: ReadonlyMap<string, BrpPersoon>): Custody {
  const holders = people ? new Map([...people].map(([bsn, p]) => [bsn, p.inOnderzoek])) : undefined;
  return interpretCustody(child.gezag, childBsn, { child: child.inOnderzoek, holders });
}

/**
 * Custody for the decision and for the case. Recorded by hand: kept, and a differing determined BRP answer is only
 * noted. From the BRP: a snapshot taken at the first assessment, because once the child is in the RNI the BRP
 * answers GezagNietTeBepalen, which must not overwrite what was known when the departure was registered.
 */
export function custodyOf(
  stored: CustodyView | null,
  fresh: Custody | null,
  now: number,
): { decision: Custody | null; view: CustodyView | null } {
  if (stored?.bron === 'handmatig') {
    const differs =
      fresh?.kind === 'held' &&
      (fresh.type !== stored.type || holdersKey(fresh.holders) !== holdersKey(stored.gezaghouders));
    const view: CustodyView = {
      ...stored,
      ...(differs && fresh?.kind === 'held'
        ? { brpAfwijking: { type: fresh.type, gezaghouders: fresh.holders, op: isoOf(now) } }
        : {}),
    };
    return { decision: { kind: 'held', type: stored.type ?? '', holders: stored.gezaghouders }, view };
  }
  if (stored?.bekend)
    return { decision: { kind: 'held', type: stored.type ?? '', holders: stored.gezaghouders }, view: stored };
  if (!fresh) return { decision: null, view: null };
  const iso = isoOf(now);
  return {
    decision: fresh,
    view:
      fresh.kind === 'held'
        ? { type: fresh.type, gezaghouders: fresh.holders, bepaaldOp: iso, bekend: true, bron: 'brp' }
        : { type: fresh.type, gezaghouders: [], bepaaldOp: iso, bekend: false, reden: fresh.reason, bron: 'brp' },
  };
}
