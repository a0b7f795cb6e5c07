// Tables for PostgreSQL (scale-out). Kept column-for-column equal to ./sqlite.ts (parity test).
// Times are epoch milliseconds (bigint, number mode); JSON columns are jsonb.
import { pgTable, text, integer, bigint, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';

const ms = (name: string) => bigint(name, { mode: 'number' });

/** Inbox: every accepted CloudEvent, deduplicated on source + id. Ignored types keep no `data`. */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    contentHash: text('content_hash').notNull(),
    caseId: text('case_id'),
    status: text('status').notNull(),
    time: text('time'),
    data: jsonb('data'),
    receivedAt: ms('received_at').notNull(),
  },
  (t) => [uniqueIndex('events_source_event_id').on(t.source, t.eventId), index('events_case_id').on(t.caseId)],
);

export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    status: text('status').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    childBsn: text('child_bsn'),
    declarantBsn: text('declarant_bsn'),
    countryCode: text('country_code'),
    registrationDate: text('registration_date'),
    child: jsonb('child'),
    departure: jsonb('departure'),
    custody: jsonb('custody'),
    assessment: jsonb('assessment'),
    risk: jsonb('risk'),
    closedReason: text('closed_reason'),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
    purgedAt: ms('purged_at'),
  },
  (t) => [index('cases_child_bsn').on(t.childBsn), index('cases_declarant_bsn').on(t.declarantBsn), index('cases_municipality').on(t.municipalityCode, t.createdAt)],
);

/** Kennisgevingen: the municipality's notices to the other custody holders. */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    recipientBsn: text('recipient_bsn'),
    recipient: jsonb('recipient'),
    status: text('status').notNull(),
    holdReasons: jsonb('hold_reasons'),
    reference: text('reference').notNull(),
    dueDate: text('due_date').notNull(),
    channel: text('channel'),
    deliveryAttempts: integer('delivery_attempts').notNull(),
    lastError: text('last_error'),
    history: jsonb('history').notNull(),
    followUps: jsonb('follow_ups').notNull(),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [uniqueIndex('notifications_case_recipient').on(t.caseId, t.recipientBsn), index('notifications_worklist').on(t.municipalityCode, t.status, t.createdAt)],
);

/** Signalen to Ca IKA, RvdK IKO and CIKO; `view` is the least-data payload for that recipient. */
export const signals = pgTable(
  'signals',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    recipient: text('recipient').notNull(),
    level: text('level').notNull(),
    status: text('status').notNull(),
    view: jsonb('view').notNull(),
    slaDueAt: ms('sla_due_at').notNull(),
    delivery: text('delivery').notNull(),
    deliveryAttempts: integer('delivery_attempts').notNull(),
    outcome: jsonb('outcome'),
    updates: jsonb('updates').notNull(),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [uniqueIndex('signals_case_recipient').on(t.caseId, t.recipient), index('signals_worklist').on(t.recipient, t.status, t.createdAt)],
);

/** Aandachtsmarkeringen: a child marked by RvdK IKO or Ca IKA for a period. */
export const watchMarkings = pgTable(
  'watch_markings',
  {
    id: text('id').primaryKey(),
    childBsn: text('child_bsn').notNull(),
    reason: text('reason').notNull(),
    validUntil: text('valid_until').notNull(),
    organisation: text('organisation').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ms('created_at').notNull(),
    removedAt: ms('removed_at'),
  },
  (t) => [index('watch_markings_child').on(t.childBsn)],
);

export const sisRequests = pgTable(
  'sis_requests',
  {
    id: text('id').primaryKey(),
    signalId: text('signal_id').notNull(),
    caseId: text('case_id').notNull(),
    status: text('status').notNull(),
    request: jsonb('request').notNull(),
    history: jsonb('history').notNull(),
    reviewDate: text('review_date').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [index('sis_requests_signal').on(t.signalId)],
);

/**
 * Jobs: the durable work queue on the embedded database, and the transactional outbox on PostgreSQL.
 * `id` is deterministic so a job enqueued twice exists once; `key` serialises jobs on one case.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    queue: text('queue').notNull(),
    key: text('key'),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull(),
    runAt: ms('run_at').notNull(),
    attempts: integer('attempts').notNull(),
    maxAttempts: integer('max_attempts').notNull(),
    lockedUntil: ms('locked_until'),
    lastError: text('last_error'),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [index('jobs_due').on(t.status, t.runAt), index('jobs_key').on(t.key, t.status)],
);

/** Logboek: append-only, hash-chained record of every read and write of case data. */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: ms('at').notNull(),
    actorSub: text('actor_sub').notNull(),
    actorRole: text('actor_role').notNull(),
    actorOrg: text('actor_org'),
    operation: text('operation').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    purpose: text('purpose').notNull(),
    subjectPseudonym: text('subject_pseudonym'),
    outcome: text('outcome').notNull(),
    // Filled by the sealing job, so concurrent writers never contend for the chain head. The chain runs in
    // sealing order (chain_pos), not seq order: on PostgreSQL a lower seq can commit after a higher one.
    chainPos: bigint('chain_pos', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_at').on(t.at), index('audit_subject').on(t.subjectPseudonym), uniqueIndex('audit_chain').on(t.chainPos)],
);
