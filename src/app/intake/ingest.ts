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
import { type CaseOf, checkChainTrust, keyOf, type Rooted, resolver, rootedBySource } from './chain.ts';
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

const locksOf = (events: readonly IncomingEvent[]) =>
  events.flatMap((e) => [
    ...(e.childBsn ? [`intake:child:${e.childBsn}`] : []),
    `intake:event:${keyOf(e.source, e.eventId)}`,
    ...(e.refersTo ? [`intake:event:${keyOf(e.source, e.refersTo)}`] : []),
  ]);

/** What one request writes in its single commit, and what it answers per event, in the order received. */
interface Batch {
  readonly uow: UnitOfWork;
  readonly rows: NewEvent[];
  /** One assessment per case, however many of its events arrive. */
  readonly assess: Map<string, NewJob>;
  readonly results: IntakeResult[];
}

/** Who receives, when, and how events find their case: the same for every event of one request. */
interface Receipt {
  actor: Actor;
  who: ReturnType<typeof auditActor>;
  now: number;
  caseOf: CaseOf;
}

async function store(ctx: AppContext, actor: Actor, events: IncomingEvent[]): Promise<IntakeResult[]> {
  const known = await knownEvents(ctx, events);
  const fresh = freshEvents(events, known);
  const caseOf = resolver(known, fresh);
  await checkChainTrust(ctx, actor, [...fresh.values()], caseOf);

  const batch: Batch = { uow: new UnitOfWork(), rows: [], assess: new Map(), results: [] };
  const receipt: Receipt = { actor, who: auditActor(actor), now: ctx.now(), caseOf };
  for (const e of events) {
    const k = keyOf(e.source, e.eventId);
    if (known.has(k) || fresh.get(k) !== e) batch.results.push(duplicate(e, known.get(k), caseOf));
    else if (!e.handled) ignore(batch, e, receipt);
    else accept(batch, e, receipt);
  }
  // Chain events that arrived before the event they name join its case now, with any that named them in turn.
  for (const [source, rooted] of rootedBySource(batch.rows)) await joinWaiting(ctx, batch, source, rooted);
  if (batch.rows.length) await commit(ctx, batch);
  return batch.results;
}

/** The stored events a request names: its own (a redelivery) and the ones its chain events refer to. */
async function knownEvents(ctx: AppContext, events: readonly IncomingEvent[]): Promise<Map<string, StoredEvent>> {
  const sources = [...new Set(events.map((e) => e.source))];
  const ids = [...new Set(events.flatMap((e) => (e.refersTo ? [e.eventId, e.refersTo] : [e.eventId])))];
  return new Map((await findEvents(ctx.db, sources, ids)).map((e) => [keyOf(e.source, e.eventId), e]));
}

/** Events not received before (the first of a repeat within the batch); a known id with other content is 409. */
function freshEvents(
  events: readonly IncomingEvent[],
  known: ReadonlyMap<string, StoredEvent>,
): Map<string, IncomingEvent> {
  const fresh = new Map<string, IncomingEvent>();
  for (const e of events) {
    const k = keyOf(e.source, e.eventId);
    const prior = known.get(k) ?? fresh.get(k);
    if (prior && hashOf(prior) !== e.hash) {
      throw conflict(`Gebeurtenis ${e.eventId} van deze bron is al ontvangen met andere inhoud.`, {
        id: caseIdOr(prior),
      });
    }
    if (!prior) fresh.set(k, e);
  }
  return fresh;
}

const hashOf = (e: StoredEvent | IncomingEvent) => ('contentHash' in e ? e.contentHash : e.hash);

const caseIdOr = (e: StoredEvent | IncomingEvent) => ('caseId' in e && e.caseId) || e.recordId;

/** A redelivery answers with the case of the first delivery, as far as it is known. */
function duplicate(e: IncomingEvent, prior: StoredEvent | undefined, caseOf: CaseOf): IntakeResult {
  return { id: prior ? caseIdOr(prior) : (caseOf(e.source, e.eventId) ?? e.recordId), status: 'dubbel' };
}

/** A type intake does not handle is kept for dedupe only. */
function ignore(batch: Batch, e: IncomingEvent, r: Receipt) {
  batch.rows.push(row(e, null, 'genegeerd', r.actor, r.now, true));
  batch.results.push({ id: e.recordId, status: 'genegeerd' });
}

/** A departure, correction or withdrawal goes to its case (when known); an immigration to its own job. */
function accept(batch: Batch, e: IncomingEvent, r: Receipt) {
  const immigration = e.type === EVENT_TYPES.immigration;
  const caseId = immigration ? null : r.caseOf(e.source, e.eventId);
  batch.rows.push(row(e, caseId, 'ontvangen', r.actor, r.now, false));
  if (caseId) queueAssessment(batch, caseId, e.recordId, declarantOf(e));
  if (immigration) {
    batch.uow.enqueue({
      id: `immigration:${e.recordId}`,
      queue: QUEUES.immigration.name,
      key: null,
      payload: { eventRecordId: e.recordId },
    });
  }
  batch.uow.record({
    actor: r.who,
    operation: `ontvangen:${e.type}`,
    objectType: 'vertrekmelding',
    objectId: caseId ?? e.recordId,
    purpose: PURPOSES.intake,
    subjectBsn: e.childBsn,
  });
  const tentative = e.refersTo ? DOMAIN_IDS.caseOf(e.source, e.refersTo) : e.recordId;
  batch.results.push({ id: caseId ?? tentative, status: 'ontvangen' });
}

/** The first event of a case in this request names its assessment job; later ones ride along. */
function queueAssessment(batch: Batch, caseId: string, recordId: string, declarant: string | null) {
  if (batch.assess.has(caseId)) return;
  batch.assess.set(caseId, {
    id: `assess:${caseId}:${recordId}`,
    queue: QUEUES.assessCase.name,
    key: caseId,
    payload: { caseId, lane: declarant ? DOMAIN_IDS.lane(declarant) : null },
  });
}

/** From events that now have a case, follows stored chain events waiting for them, one level per round. */
async function joinWaiting(ctx: AppContext, batch: Batch, source: string, rooted: Rooted[]) {
  let frontier = rooted;
  const seen = new Set<string>();
  while (frontier.length) {
    const found = await orphansReferringTo(
      ctx.db,
      source,
      frontier.map((f) => f.eventId),
    );
    const orphans = found.filter((o) => !seen.has(o.recordId));
    for (const o of orphans) seen.add(o.recordId);
    frontier = joinRound(batch, frontier, orphans);
  }
}

/** Joins each orphan to the case of the event it names; the joined ones are the next round's frontier. */
function joinRound(batch: Batch, frontier: readonly Rooted[], orphans: readonly StoredEvent[]): Rooted[] {
  const next: Rooted[] = [];
  for (const o of orphans) {
    const caseId = frontier.find((f) => f.eventId === o.refersTo)?.caseId;
    if (!caseId) continue;
    batch.uow.write(...assignCase([o.recordId], caseId));
    queueAssessment(batch, caseId, o.recordId, null);
    next.push({ eventId: o.eventId, caseId });
  }
  return next;
}

async function commit(ctx: AppContext, batch: Batch) {
  batch.uow.write(...insertEvents(batch.rows)).enqueue(...batch.assess.values());
  await ctx.commit(batch.uow);
  const received = batch.results.filter((r) => r.status === 'ontvangen').length;
  ctx.metrics.inc('vertreksignaal_events_total', { status: 'ontvangen' }, received);
  // The events are stored; a failure here leaves a chain event loose (as before), never the answer wrong.
  await adoptLateChainEvents(ctx, batch.rows).catch((err) =>
    ctx.logger.warn({ reason: errorReason(err) }, 'late chain events not joined'),
  );
}

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
