// Intake of BRP CloudEvents: validate all, then store new events and their jobs in one atomic write
// before answering, so an accepted event is durable and a batch is all or nothing.
import { and, inArray } from 'drizzle-orm';
import { CloudEventEnvelope, DATA_SCHEMAS, EVENT_TYPES } from '../../schemas/events.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { derivedId, sha256Hex } from '../ids.ts';
import { badRequest, conflict, forbidden, invalidParamsFrom, type InvalidParam } from '../http/problem.ts';
import { QUEUES, type NewJob } from '../jobs/queues.ts';
import { auditInsert, auditRows, PURPOSES, type Actor } from '../audit/audit.ts';
import type { Deps } from '../deps.ts';
import type { Principal } from '../http/auth/principal.ts';

export type IntakeStatus = 'ontvangen' | 'dubbel' | 'genegeerd';
export interface IntakeResult {
  id: string;
  status: IntakeStatus;
}

interface Parsed {
  source: string;
  eventId: string;
  type: string;
  time: string;
  handled: boolean;
  data: Record<string, unknown> | null;
  hash: string;
  recordId: string;
  /** The event this one corrects or withdraws, when any. */
  refersTo: string | null;
}

const HANDLED = new Set<string>(Object.values(EVENT_TYPES));

function validate(raw: unknown[], prefixed: boolean): { parsed: Omit<Parsed, 'hash' | 'recordId'>[]; problems: InvalidParam[] } {
  const problems: InvalidParam[] = [];
  const parsed: Omit<Parsed, 'hash' | 'recordId'>[] = [];
  raw.forEach((item, i) => {
    const prefix = prefixed ? `[${i}]` : '';
    const env = CloudEventEnvelope.safeParse(item);
    if (!env.success) {
      problems.push(...invalidParamsFrom(env.error, prefix));
      return;
    }
    const e = env.data;
    const handled = HANDLED.has(e.type);
    let data: Record<string, unknown> | null = null;
    if (handled) {
      const d = DATA_SCHEMAS[e.type].safeParse(e.data);
      if (!d.success) {
        problems.push(...invalidParamsFrom(d.error, prefix ? `${prefix}.data` : 'data'));
        return;
      }
      data = d.data as Record<string, unknown>;
    }
    const refersTo = (data?.gecorrigeerdeGebeurtenis ?? data?.ingetrokkenGebeurtenis ?? null) as string | null;
    parsed.push({ source: e.source, eventId: e.id, type: e.type, time: e.time, handled, data, refersTo });
  });
  return { parsed, problems };
}

function municipalityOf(p: Omit<Parsed, 'hash' | 'recordId'>): string | undefined {
  return (p.data?.gemeenteVanInschrijving as { code?: string } | undefined)?.code;
}

export async function ingest(deps: Deps, principal: Principal, raw: unknown[], isBatch: boolean): Promise<IntakeResult[]> {
  const { parsed: base, problems } = validate(raw, isBatch);
  if (problems.length) throw badRequest(problems);
  for (const p of base) {
    const code = municipalityOf(p);
    if (code && !principal.municipalities.includes(code)) throw forbidden(`Gemeente ${code} valt niet onder deze bron.`);
  }
  const parsed: Parsed[] = await Promise.all(
    base.map(async (p, i) => ({
      ...p,
      // The whole event as sent, in canonical form: a redelivery with the same content hashes the same.
      hash: await sha256Hex(canonicalJson(raw[i])),
      recordId: await derivedId('event', p.source, p.eventId),
    })),
  );
  for (let attempt = 0; ; attempt++) {
    try {
      return await store(deps, principal, parsed);
    } catch (err) {
      // A concurrent request stored one of these events between our read and our write: read again.
      if (attempt < 3 && isUniqueViolation(err)) continue;
      throw err;
    }
  }
}

function isUniqueViolation(err: unknown): boolean {
  const text = String((err as { message?: string })?.message ?? '') + String((err as { cause?: { message?: string; code?: string } })?.cause?.message ?? '');
  const code = (err as { cause?: { code?: string } })?.cause?.code ?? (err as { code?: string })?.code;
  return /UNIQUE|unique|duplicate key/.test(text) || code === '23505' || code === 'SQLITE_CONSTRAINT';
}

async function store(deps: Deps, principal: Principal, parsed: Parsed[]): Promise<IntakeResult[]> {
  const { database, now } = deps;
  const { db, t } = database;
  // Two flat IN lists on the unique (source, event_id) index, exact pairs matched here: a 500-event OR-tree is too
  // deep for SQLite, and event_id alone has no index of its own.
  const ids = [...new Set(parsed.flatMap((p) => (p.refersTo ? [p.eventId, p.refersTo] : [p.eventId])))];
  const sources = new Set(parsed.map((p) => p.source));
  const existing = await db
    .select({ id: t.events.id, source: t.events.source, eventId: t.events.eventId, hash: t.events.contentHash, caseId: t.events.caseId })
    .from(t.events)
    .where(and(inArray(t.events.source, [...sources]), inArray(t.events.eventId, ids)));
  const known = new Map(existing.filter((e) => sources.has(e.source)).map((e) => [`${e.source}\n${e.eventId}`, e]));

  const results: IntakeResult[] = [];
  const rows: (typeof t.events.$inferInsert)[] = [];
  const jobs: NewJob[] = [];
  const audits: { subjectBsn?: string; objectId: string; operation: string }[] = [];
  const ts = now();
  for (const p of parsed) {
    const k = `${p.source}\n${p.eventId}`;
    const prior = known.get(k);
    if (prior) {
      if (prior.hash !== p.hash) throw conflict(`Gebeurtenis ${p.eventId} van deze bron is al ontvangen met andere inhoud.`, { id: prior.caseId ?? prior.id });
      results.push({ id: prior.caseId ?? prior.id, status: 'dubbel' });
      continue;
    }
    if (!p.handled) {
      rows.push({ id: p.recordId, source: p.source, eventId: p.eventId, type: p.type, contentHash: p.hash, caseId: null, status: 'genegeerd', time: p.time, data: null, receivedAt: ts });
      known.set(k, { id: p.recordId, source: p.source, eventId: p.eventId, hash: p.hash, caseId: null });
      results.push({ id: p.recordId, status: 'genegeerd' });
      continue;
    }
    let caseId: string | null = null;
    if (p.type === EVENT_TYPES.emigration) caseId = p.recordId;
    else if (p.refersTo) {
      // The case is named after the original event, so a correction that arrives first still lands on it.
      caseId = known.get(`${p.source}\n${p.refersTo}`)?.caseId ?? (await derivedId('event', p.source, p.refersTo));
    }
    rows.push({ id: p.recordId, source: p.source, eventId: p.eventId, type: p.type, contentHash: p.hash, caseId, status: 'ontvangen', time: p.time, data: p.data, receivedAt: ts });
    known.set(k, { id: p.recordId, source: p.source, eventId: p.eventId, hash: p.hash, caseId });
    const declarant = (p.data?.aangifte as { aangever?: { burgerservicenummer?: string } } | undefined)?.aangever?.burgerservicenummer;
    // `lane`: cases of one declarant are assessed one after the other, so siblings see each other.
    if (caseId) jobs.push({ id: `assess:${p.recordId}`, queue: QUEUES.assessCase.name, key: caseId, payload: { caseId, ...(declarant ? { lane: await derivedId('lane', declarant) } : {}) }, runAt: ts });
    else jobs.push({ id: `immigration:${p.recordId}`, queue: QUEUES.immigration.name, key: null, payload: { eventRecordId: p.recordId }, runAt: ts });
    audits.push({ subjectBsn: p.data?.burgerservicenummer as string, objectId: caseId ?? p.recordId, operation: `ontvangen:${p.type}` });
    results.push({ id: caseId ?? p.recordId, status: 'ontvangen' });
  }
  if (rows.length) {
    const actor: Actor = { sub: principal.sub, role: 'brp-bron', org: principal.municipalities.join(',') };
    const audit = await auditRows(deps.pseudonyms, audits.map((a) => ({ actor, operation: a.operation, objectType: 'vertrekmelding', objectId: a.objectId, purpose: PURPOSES.intake, subjectBsn: a.subjectBsn })), ts);
    await database.atomic((d) => [d.insert(t.events).values(rows), ...database.enqueue(d, jobs, ts), ...auditInsert(d, t, audit)]);
    deps.metrics.inc('vertreksignaal_events_total', { status: 'ontvangen' }, jobs.length);
    deps.poke();
  }
  return results;
}

