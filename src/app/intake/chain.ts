// Placing intake events in their chain: the case an event belongs to (its own for a departure, else that of the
// event it names), and whether the sender may act on that case (contract §2 v2).
import { EVENT_TYPES } from '../../../schemas/events.ts';
import { DOMAIN_IDS } from '../../ids.ts';
import type { NewEvent, StoredEvent } from '../../store/events.ts';
import type { Actor } from '../actor.ts';
import type { AppContext } from '../context.ts';
import { conflict, forbidden } from '../errors.ts';
import { caseMunicipalities } from './municipalities.ts';
import type { IncomingEvent } from './parse.ts';

/** An event that has its case, from which the events naming it can find theirs. */
export type Rooted = { eventId: string; caseId: string };
export type CaseOf = (source: string, eventId: string) => string | null;

export const keyOf = (source: string, eventId: string) => `${source}\n${eventId}`;

/** The case an event belongs to: its own for a departure, else that of the event it names, when that is known. */
export function resolver(known: ReadonlyMap<string, StoredEvent>, fresh: ReadonlyMap<string, IncomingEvent>): CaseOf {
  const memo = new Map<string, string | null>();
  const resolve = (source: string, eventId: string, depth: number): string | null => {
    const k = keyOf(source, eventId);
    if (memo.has(k)) return memo.get(k) ?? null;
    if (depth > 50) return null;
    const up = (refersTo: string) => resolve(source, refersTo, depth + 1);
    const id = caseOfOne(source, eventId, known.get(k), fresh.get(k), up);
    memo.set(k, id);
    return id;
  };
  return (source: string, eventId: string) => resolve(source, eventId, 0);
}

/** One step of the resolver; `up` resolves the event named, one level up the chain. */
function caseOfOne(
  source: string,
  eventId: string,
  stored: StoredEvent | undefined,
  incoming: IncomingEvent | undefined,
  up: (refersTo: string) => string | null,
): string | null {
  if (stored) return stored.caseId ?? caseOfStored(stored, up);
  if (incoming?.type === EVENT_TYPES.emigration) return DOMAIN_IDS.caseOf(source, eventId);
  if (incoming?.refersTo) return up(incoming.refersTo);
  return null;
}

/** A stored event not yet on a case: a departure is its own case, a chain event follows the event it names. */
function caseOfStored(stored: StoredEvent, up: (refersTo: string) => string | null): string | null {
  if (stored.type === EVENT_TYPES.emigration) return stored.recordId;
  return stored.refersTo ? up(stored.refersTo) : null;
}

/**
 * A correction or withdrawal acts only on a case of the sender's municipalities, and a correction never moves a case
 * (contract §2 v2). Where the case is not known yet, the event is kept and counts only if it turns out to fit.
 */
export async function checkChainTrust(ctx: AppContext, actor: Actor, events: IncomingEvent[], caseOf: CaseOf) {
  const chain = events.filter((e) => e.refersTo && e.type !== EVENT_TYPES.immigration);
  const resolved = chain.map((e) => ({ e, caseId: caseOf(e.source, e.eventId) }));
  const municipalities = await caseMunicipalities(
    ctx.db,
    resolved.flatMap((r) => (r.caseId ? [r.caseId] : [])),
    events,
  );
  for (const { e, caseId } of resolved) {
    const owner = caseId ? municipalities.get(caseId) : undefined;
    if (!owner) {
      if (e.municipalityCode === null)
        throw forbidden(
          'Een intrekking zonder gemeenteVanInschrijving kan niet aan een bekende melding worden gekoppeld.',
        );
      continue;
    }
    if (!actor.municipalities.includes(owner))
      throw forbidden('Deze melding hoort bij een gemeente die niet onder deze bron valt.');
    if (e.municipalityCode !== null && e.municipalityCode !== owner) {
      throw conflict('Een correctie of intrekking verplaatst een melding niet naar een andere gemeente.');
    }
  }
}

/** Events that now have a case (departures, and chain events that found theirs), per source. */
export function rootedBySource(rows: readonly NewEvent[]): Map<string, Rooted[]> {
  const out = new Map<string, Rooted[]>();
  for (const r of rows) {
    if (!r.caseId) continue;
    const list = out.get(r.source) ?? [];
    list.push({ eventId: r.eventId, caseId: r.caseId });
    out.set(r.source, list);
  }
  return out;
}
