// Event inbox store: the only module that reads and writes the `events` table. Every accepted CloudEvent is kept
// once per source and id; chain and trust facts sit in their own columns so that ordering needs no JSON parsing.
import type { ChainEvent } from '../core/case/registration.ts';
import { allChunked, type Reader } from './database.ts';
import { fromJson, int, type Row, textOrNull } from './rows.ts';
import { chunked, insertMany, json, list, sql, WRITE_LIST_LIMIT, type Write } from './sql.ts';

export interface StoredEvent {
  recordId: string;
  source: string;
  eventId: string;
  type: string;
  contentHash: string;
  caseId: string | null;
  refersTo: string | null;
  municipalityCode: string | null;
}

export interface NewEvent extends StoredEvent {
  status: 'ontvangen' | 'genegeerd';
  time: string;
  data: unknown;
  childBsn: string | null;
  senderMunicipalities: readonly string[];
  receivedAt: number;
}

const decodeStored = (r: Row): StoredEvent => ({
  recordId: String(r.id),
  source: String(r.source),
  eventId: String(r.event_id),
  type: String(r.type),
  contentHash: String(r.content_hash),
  caseId: textOrNull(r.case_id),
  refersTo: textOrNull(r.refers_to),
  municipalityCode: textOrNull(r.municipality_code),
});

const STORED = sql`id, source, event_id, type, content_hash, case_id, refers_to, municipality_code`;

/** Known events among `eventIds` of these sources (dedupe, and the events that chain events name). */
export async function findEvents(
  db: Reader,
  sources: readonly string[],
  eventIds: readonly string[],
): Promise<StoredEvent[]> {
  const rows = await allChunked<Row, string>(
    db,
    eventIds,
    (chunk) => sql`SELECT ${STORED} FROM events
    WHERE source IN ${list(sources)} AND event_id IN ${list(chunk)}`,
    sources.length + 5,
  );
  const wanted = new Set(sources);
  return rows.map(decodeStored).filter((e) => wanted.has(e.source));
}

/** Chain events that named one of `eventIds` before it was known (same source): they join its case now. */
export async function orphansReferringTo(
  db: Reader,
  source: string,
  eventIds: readonly string[],
): Promise<StoredEvent[]> {
  const rows = await allChunked<Row, string>(
    db,
    eventIds,
    (chunk) => sql`SELECT ${STORED} FROM events
    WHERE source = ${source} AND refers_to IN ${list(chunk)} AND case_id IS NULL`,
  );
  return rows.map(decodeStored);
}

export async function chainEventsOfCase(db: Reader, caseId: string): Promise<ChainEvent[]> {
  const rows =
    await db.all<Row>(sql`SELECT event_id, type, time, data, municipality_code, sender_municipalities, refers_to
    FROM events WHERE case_id = ${caseId}`);
  return rows.map((r) => ({
    eventId: String(r.event_id),
    type: String(r.type),
    time: textOrNull(r.time),
    data: fromJson(r.data, null),
    municipalityCode: textOrNull(r.municipality_code),
    senderMunicipalities: fromJson<string[]>(r.sender_municipalities, []),
    refersTo: textOrNull(r.refers_to),
  }));
}

/** The departure that opened a case, before the case was assessed: where it belongs and what it said. */
export async function rootEventOfCase(
  db: Reader,
  caseId: string,
): Promise<{ data: unknown; receivedAt: number } | null> {
  const [r] = await db.all<Row>(
    sql`SELECT data, received_at FROM events WHERE case_id = ${caseId} AND type = 'nl.brp.verhuisd.emigratie' LIMIT 1`,
  );
  return r ? { data: fromJson(r.data, null), receivedAt: int(r.received_at) } : null;
}

/** The municipality each event named, by record id (a case's id is its departure event's record id). */
export async function municipalitiesOfEvents(db: Reader, recordIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await allChunked<Row, string>(
    db,
    recordIds,
    (chunk) => sql`SELECT id, municipality_code FROM events WHERE id IN ${list(chunk)}`,
  );
  return new Map(
    rows.flatMap((r) => (r.municipality_code ? [[String(r.id), String(r.municipality_code)] as const] : [])),
  );
}

/** Cases opened for a child (also those not yet assessed): an immigration looks at each. */
export async function caseIdsOfChild(db: Reader, childBsn: string): Promise<string[]> {
  const rows = await db.all<Row>(
    sql`SELECT DISTINCT case_id FROM events WHERE child_bsn = ${childBsn} AND case_id IS NOT NULL`,
  );
  return rows.map((r) => String(r.case_id));
}

export async function immigrationsOfChild(
  db: Reader,
  childBsn: string,
): Promise<{ time: string | null; recordId: string }[]> {
  const rows = await db.all<Row>(
    sql`SELECT id, time FROM events WHERE child_bsn = ${childBsn} AND type = 'nl.brp.verhuisd.immigratie'`,
  );
  return rows.map((r) => ({ time: textOrNull(r.time), recordId: String(r.id) }));
}

export async function getEventData(
  db: Reader,
  recordId: string,
): Promise<{ childBsn: string | null; municipalityCode: string | null } | null> {
  const [r] = await db.all<Row>(sql`SELECT child_bsn, municipality_code FROM events WHERE id = ${recordId}`);
  return r ? { childBsn: textOrNull(r.child_bsn), municipalityCode: textOrNull(r.municipality_code) } : null;
}

export async function hasEvents(db: Reader): Promise<boolean> {
  return (await db.all<Row>(sql`SELECT 1 AS one FROM events LIMIT 1`)).length > 0;
}

const COLUMNS = [
  'id',
  'source',
  'event_id',
  'type',
  'content_hash',
  'case_id',
  'status',
  'time',
  'data',
  'received_at',
  'child_bsn',
  'municipality_code',
  'sender_municipalities',
  'refers_to',
] as const;

export function insertEvents(events: readonly NewEvent[]): Write[] {
  if (events.length === 0) return [];
  return [
    insertMany(
      'events',
      COLUMNS,
      events.map((e) => [
        e.recordId,
        e.source,
        e.eventId,
        e.type,
        e.contentHash,
        e.caseId,
        e.status,
        e.time,
        json(e.data),
        e.receivedAt,
        e.childBsn,
        e.municipalityCode,
        json(e.senderMunicipalities),
        e.refersTo,
      ]),
    ),
  ];
}

export function assignCase(recordIds: readonly string[], caseId: string): Write[] {
  return chunked(recordIds, WRITE_LIST_LIMIT).map(
    (ids) => sql`UPDATE events SET case_id = ${caseId} WHERE id IN ${list(ids)} AND case_id IS NULL`,
  );
}

/** Retention: the raw events of purged cases keep their ids and hashes (dedupe), not their content. */
export function purgeEventsOf(caseIds: readonly string[]): Write[] {
  return chunked(caseIds, WRITE_LIST_LIMIT).map(
    (ids) => sql`UPDATE events SET data = NULL, child_bsn = NULL WHERE case_id IN ${list(ids)}`,
  );
}

/** Retention: events on no case (immigrations, orphans never joined) lose their content after the period. */
export function purgeLooseEvents(cutoff: number): Write {
  return sql`UPDATE events SET data = NULL, child_bsn = NULL WHERE case_id IS NULL AND received_at < ${cutoff}
    AND data IS NOT NULL`;
}
