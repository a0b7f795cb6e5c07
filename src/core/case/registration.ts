// Folds the events of one chain (departure, corrections, corrections of corrections, withdrawal) into the
// registration in force. The result depends only on the set of events, never on their arrival order, so
// redeliveries and any arrival order converge on what in-order delivery gives (contract §2 v2).
import type { EmigrationDataT } from '../../../schemas/events.ts';

export const EMIGRATION = 'nl.brp.verhuisd.emigratie';
export const CORRECTION = 'nl.brp.verhuisd.emigratie.gecorrigeerd';
export const WITHDRAWAL = 'nl.brp.verhuisd.emigratie.ingetrokken';
export const IMMIGRATION = 'nl.brp.verhuisd.immigratie';

export interface ChainEvent {
  eventId: string;
  type: string;
  time: string | null;
  data: unknown;
  /** The municipality the event names (gemeenteVanInschrijving). */
  municipalityCode: string | null;
  /** The municipalities of the token it was sent with. */
  senderMunicipalities: readonly string[];
  /** The event it corrects or withdraws. */
  refersTo: string | null;
}

export interface Registration {
  /** The departure event that opened the chain; null while only later events are known. */
  root: ChainEvent | null;
  /** The case's municipality: the departure's, which no correction can change. */
  municipalityCode: string | null;
  current: EmigrationDataT | null;
  /** Time of the event now in force (departure or latest correction). */
  currentTime: string | null;
  /** What was in force before the latest correction, for the follow-up letter. */
  previous: EmigrationDataT | null;
  corrected: boolean;
  withdrawn: boolean;
  /** Event time of the (earliest) admissible withdrawal. */
  withdrawnAt: string | null;
}

/**
 * A correction or withdrawal counts only when its sender could act for the case's municipality and it names that
 * municipality (or, a withdrawal, none): a later event from elsewhere would have been refused in order (403/409).
 */
export function admissible(e: ChainEvent, caseMunicipality: string): boolean {
  if (e.type === EMIGRATION) return true;
  if (!e.senderMunicipalities.includes(caseMunicipality)) return false;
  return e.municipalityCode === null ? e.type === WITHDRAWAL : e.municipalityCode === caseMunicipality;
}

/** Corrections of corrections count deeper; depth follows `refersTo` inside the chain (cycles cannot recurse). */
function depthOf(e: ChainEvent, byId: ReadonlyMap<string, ChainEvent>): number {
  let depth = 0;
  const seen = new Set<string>();
  for (let x: ChainEvent | undefined = e; x?.refersTo && !seen.has(x.eventId); x = byId.get(x.refersTo)) {
    seen.add(x.eventId);
    depth++;
  }
  return depth;
}

export function foldRegistration(events: readonly ChainEvent[]): Registration {
  const root = events.find((e) => e.type === EMIGRATION) ?? null;
  const municipalityCode = root?.municipalityCode ?? null;
  if (!root || municipalityCode === null) {
    return {
      root,
      municipalityCode,
      current: null,
      currentTime: null,
      previous: null,
      corrected: false,
      withdrawn: false,
      withdrawnAt: null,
    };
  }
  const chain = events.filter((e) => admissible(e, municipalityCode));
  const byId = new Map(chain.map((e) => [e.eventId, e]));
  // Latest in force: by event time, then depth (a correction of a correction of the same instant), then id.
  const departures = chain
    .filter((e) => e.type === EMIGRATION || e.type === CORRECTION)
    .map((e) => ({ e, depth: depthOf(e, byId) }))
    .sort(
      (a, b) =>
        (a.e.time ?? '').localeCompare(b.e.time ?? '') || a.depth - b.depth || a.e.eventId.localeCompare(b.e.eventId),
    )
    .map((x) => x.e);
  const last = departures.at(-1) ?? root;
  const before = departures.at(-2);
  return {
    root,
    municipalityCode,
    current: last.data as EmigrationDataT,
    currentTime: last.time,
    previous: (before?.data as EmigrationDataT | undefined) ?? null,
    corrected: departures.some((e) => e.type === CORRECTION),
    withdrawn: chain.some((e) => e.type === WITHDRAWAL),
    withdrawnAt:
      chain
        .filter((e) => e.type === WITHDRAWAL)
        .map((e) => e.time ?? '')
        .sort()[0] ?? null,
  };
}

/** When the child first settled in the Netherlands again after this departure was registered (then it closes). */
export function immigratedAt(
  registration: Registration,
  immigrations: readonly { time: string | null }[],
): string | null {
  const since = registration.root?.time ?? '';
  return (
    immigrations
      .map((i) => i.time ?? '')
      .filter((t) => t > since)
      .sort()[0] ?? null
  );
}

/** Why the case ends, if it does: whichever came first in time, the withdrawal or the immigration. */
export function closureOf(
  registration: Registration,
  immigratedAtTime: string | null,
): 'ingetrokken' | 'immigratie' | null {
  const w = registration.withdrawn ? (registration.withdrawnAt ?? '') : null;
  if (w === null) return immigratedAtTime === null ? null : 'immigratie';
  return immigratedAtTime !== null && immigratedAtTime < w ? 'immigratie' : 'ingetrokken';
}

/** The day the departure was registered: the declaration date, else the day the event was logged. */
export function registrationDateOf(data: EmigrationDataT, eventTime: string | null, today: string): string {
  return data.aangifte?.datum ?? (eventTime ?? today).slice(0, 10);
}
