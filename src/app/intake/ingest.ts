// Intake of BRP CloudEvents: validate all, bind every event to the sender's municipalities, place it in its chain,
// and store new events with their jobs and logboek entries in one atomic write before answering, so an accepted
// event is durable and a batch is all or nothing (contract §2).
import { EVENT_TYPES } from '../../../schemas/events.ts';
import { DOMAIN_IDS } from '../../ids.ts';
import { errorReason, type NewJob, QUEUES } from '../../ports/jobs.ts';
import { ConflictError } from '../../store/database.ts';
import {
  assignCase,
  findEvents,
  insertEvents,
  type NewEvent,
  orphansReferringTo,
  type StoredEvent,
} from '../../store/events.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { type Actor, auditActor } from '../actor.ts';
import { PURPOSES } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { conflict, forbidden, invalid } from '../errors.ts';
import { adoptLateChainEvents } from './adopt.ts';
import { caseMunicipalities } from './municipalities.ts';
import { type IncomingEvent, parseEvents } from './parse.ts';

export type IntakeStatus = 'ontvangen' | 'dubbel' | 'genegeerd';
export interface IntakeResult {
  id: string;
  status: IntakeStatus;
}

export async function ingestEvents(
  ctx: AppContext,
  actor: Actor,
  raw: readonly unknown[],
  isBatch: boolean,
): Promise<IntakeResult[]> {
  const { events, problems } = parseEvents(raw, isBatch);
  if (problems.length) throw invalid(problems);
  for (const e of events) bindToSender(e, actor);
  for (let attempt = 0; ; attempt++) {
    try {
      // Events of one child (or one chain) wait for each other, so a correction and the departure it names, sent
      // at the same moment through two instances, cannot both miss the other.
      return await ctx.exclusive(locksOf(events), (session) => store(session, actor, events));
    } catch (err) {
      // A concurrent request stored one of these events between our read and our write: read again.
      if (attempt < 3 && err instanceof ConflictError && err.reason === 'unique') continue;
      throw err;
    }
  }
}

/** Every event names a municipality of the sender's token (contract §2 v2); a withdrawal may name none. */
function bindToSender(e: IncomingEvent, actor: Actor) {
  if (!e.handled) return;
  const named = e.municipalityCode;
  if (named === null) {
    if (e.type === EVENT_TYPES.withdrawal) return;
    throw forbidden('De gebeurtenis noemt geen gemeente van deze bron (gemeenteVanInschrijving).');
  }
  if (!actor.municipalities.includes(named)) throw forbidden(`Gemeente ${named} valt niet onder deze bron.`);
}

const keyOf = (source: string, eventId: string) => `${source}\n${eventId}`;

const locksOf = (events: readonly IncomingEvent[]) =>
  events.flatMap((e) => [
    ...(e.childBsn ? [`intake:child:${e.childBsn}`] : []),
    `intake:event:${keyOf(e.source, e.eventId)}`,
    ...(e.refersTo ? [`intake:event:${keyOf(e.source, e.refersTo)}`] : []),
  ]);

async function store(ctx: AppContext, actor: Actor, events: IncomingEvent[]): Promise<IntakeResult[]> {
  const sources = [...new Set(events.map((e) => e.source))];
  const ids = [...new Set(events.flatMap((e) => (e.refersTo ? [e.eventId, e.refersTo] : [e.eventId])))];
  const known = new Map((await findEvents(ctx.db, sources, ids)).map((e) => [keyOf(e.source, e.eventId), e]));
  const fresh = new Map<string, IncomingEvent>();
  const results: IntakeResult[] = [];
  for (const e of events) {
    const prior = known.get(keyOf(e.source, e.eventId)) ?? fresh.get(keyOf(e.source, e.eventId));
    const priorHash = prior ? ('contentHash' in prior ? prior.contentHash : prior.hash) : null;
    if (prior && priorHash !== e.hash) {
      throw conflict(`Gebeurtenis ${e.eventId} van deze bron is al ontvangen met andere inhoud.`, {
        id: caseIdOr(prior),
      });
    }
    if (!prior) fresh.set(keyOf(e.source, e.eventId), e);
  }
  const caseOf = resolver(known, fresh);
  await checkChainTrust(ctx, actor, [...fresh.values()], caseOf);

  const now = ctx.now();
  const uow = new UnitOfWork();
  const rows: NewEvent[] = [];
  const assess = new Map<string, NewJob>();
  const who = auditActor(actor);
  const queueAssessment = (caseId: string, recordId: string, declarant: string | null) => {
    if (!assess.has(caseId)) {
      assess.set(caseId, {
        id: `assess:${caseId}:${recordId}`,
        queue: QUEUES.assessCase.name,
        key: caseId,
        payload: { caseId, lane: declarant ? DOMAIN_IDS.lane(declarant) : null },
      });
    }
  };
  for (const e of events) {
    const k = keyOf(e.source, e.eventId);
    if (known.has(k) || fresh.get(k) !== e) {
      const prior = known.get(k);
      results.push({ id: prior ? caseIdOr(prior) : (caseOf(e.source, e.eventId) ?? e.recordId), status: 'dubbel' });
      continue;
    }
    if (!e.handled) {
      rows.push(row(e, null, 'genegeerd', actor, now, true));
      results.push({ id: e.recordId, status: 'genegeerd' });
      continue;
    }
    const caseId = e.type === EVENT_TYPES.immigration ? null : caseOf(e.source, e.eventId);
    rows.push(row(e, caseId, 'ontvangen', actor, now, false));
    const declarant = declarantOf(e);
    if (caseId) queueAssessment(caseId, e.recordId, declarant);
    if (e.type === EVENT_TYPES.immigration) {
      uow.enqueue({
        id: `immigration:${e.recordId}`,
        queue: QUEUES.immigration.name,
        key: null,
        payload: { eventRecordId: e.recordId },
      });
    }
    uow.record({
      actor: who,
      operation: `ontvangen:${e.type}`,
      objectType: 'vertrekmelding',
      objectId: caseId ?? e.recordId,
      purpose: PURPOSES.intake,
      subjectBsn: e.childBsn,
    });
    const tentative = e.refersTo ? DOMAIN_IDS.caseOf(e.source, e.refersTo) : e.recordId;
    results.push({ id: caseId ?? tentative, status: 'ontvangen' });
  }
  // Chain events that arrived before the event they name join its case now, with any that named them in turn.
  for (const [source, rooted] of rootedBySource(rows)) {
    let frontier = rooted;
    const seen = new Set<string>();
    while (frontier.length) {
      const orphans = (
        await orphansReferringTo(
          ctx.db,
          source,
          frontier.map((f) => f.eventId),
        )
      ).filter((o) => !seen.has(o.recordId));
      for (const o of orphans) seen.add(o.recordId);
      const next: { eventId: string; caseId: string }[] = [];
      for (const o of orphans) {
        const caseId = frontier.find((f) => f.eventId === o.refersTo)?.caseId;
        if (!caseId) continue;
        uow.write(...assignCase([o.recordId], caseId));
        queueAssessment(caseId, o.recordId, null);
        next.push({ eventId: o.eventId, caseId });
      }
      frontier = next;
    }
  }
  if (rows.length) {
    uow.write(...insertEvents(rows)).enqueue(...assess.values());
    await ctx.commit(uow);
    ctx.metrics.inc(
      'vertreksignaal_events_total',
      { status: 'ontvangen' },
      results.filter((r) => r.status === 'ontvangen').length,
    );
    // The events are stored; a failure here leaves a chain event loose (as before), never the answer wrong.
    await adoptLateChainEvents(ctx, rows).catch((err) =>
      ctx.logger.warn({ reason: errorReason(err) }, 'late chain events not joined'),
    );
  }
  return results;
}

const caseIdOr = (e: StoredEvent | IncomingEvent) => ('caseId' in e && e.caseId) || e.recordId;

function declarantOf(e: IncomingEvent): string | null {
  const aangifte = e.data?.aangifte as { aangever?: { burgerservicenummer?: string } } | undefined;
  return aangifte?.aangever?.burgerservicenummer ?? null;
}

function row(
  e: IncomingEvent,
  caseId: string | null,
  status: NewEvent['status'],
  actor: Actor,
  now: number,
  bare: boolean,
): NewEvent {
  // An ignored type keeps no personal data: only what dedupe needs.
  return {
    recordId: e.recordId,
    source: e.source,
    eventId: e.eventId,
    type: e.type,
    contentHash: e.hash,
    caseId,
    status,
    time: e.time,
    data: bare ? null : e.data,
    receivedAt: now,
    childBsn: bare ? null : e.childBsn,
    municipalityCode: bare ? null : e.municipalityCode,
    senderMunicipalities: bare ? [] : actor.municipalities,
    refersTo: bare ? null : e.refersTo,
  };
}

/** The case an event belongs to: its own for a departure, else that of the event it names, when that is known. */
function resolver(known: ReadonlyMap<string, StoredEvent>, fresh: ReadonlyMap<string, IncomingEvent>) {
  const memo = new Map<string, string | null>();
  const resolve = (source: string, eventId: string, depth: number): string | null => {
    const k = keyOf(source, eventId);
    if (memo.has(k)) return memo.get(k) ?? null;
    if (depth > 50) return null;
    const stored = known.get(k);
    const incoming = fresh.get(k);
    let id: string | null = null;
    if (stored)
      id =
        stored.caseId ??
        (stored.type === EVENT_TYPES.emigration
          ? stored.recordId
          : stored.refersTo
            ? resolve(source, stored.refersTo, depth + 1)
            : null);
    else if (incoming?.type === EVENT_TYPES.emigration) id = DOMAIN_IDS.caseOf(source, eventId);
    else if (incoming?.refersTo) id = resolve(source, incoming.refersTo, depth + 1);
    memo.set(k, id);
    return id;
  };
  return (source: string, eventId: string) => resolve(source, eventId, 0);
}

/**
 * A correction or withdrawal acts only on a case of the sender's municipalities, and a correction never moves a case
 * (contract §2 v2). Where the case is not known yet, the event is kept and counts only if it turns out to fit.
 */
async function checkChainTrust(
  ctx: AppContext,
  actor: Actor,
  events: IncomingEvent[],
  caseOf: (s: string, id: string) => string | null,
) {
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
function rootedBySource(rows: readonly NewEvent[]): Map<string, { eventId: string; caseId: string }[]> {
  const out = new Map<string, { eventId: string; caseId: string }[]>();
  for (const r of rows) {
    if (!r.caseId) continue;
    const list = out.get(r.source) ?? [];
    list.push({ eventId: r.eventId, caseId: r.caseId });
    out.set(r.source, list);
  }
  return out;
}
