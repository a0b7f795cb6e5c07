// Tables for SQLite (embedded default, also D1). Kept column-for-column equal to ./pg.ts (parity test).
// Times are epoch milliseconds; JSON columns hold case facts exactly as the API shows them.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Inbox: every accepted CloudEvent, deduplicated on source + id. Ignored types keep no `data`. */
export const events = sqliteTable(
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
    data: text('data', { mode: 'json' }),
    receivedAt: integer('received_at').notNull(),
    /** Chain and trust facts, kept out of `data` so that ordering and binding need no JSON parsing. */
    childBsn: text('child_bsn'),
    municipalityCode: text('municipality_code'),
    /** The municipalities of the sender's token when it was accepted: a chain event acts only within them. */
    senderMunicipalities: text('sender_municipalities', { mode: 'json' }),
    /** The event this one corrects or withdraws (same source). */
    refersTo: text('refers_to'),
  },
  (t) => [
    uniqueIndex('events_source_event_id').on(t.source, t.eventId),
    index('events_case_id').on(t.caseId),
    index('events_refers_to').on(t.source, t.refersTo),
    index('events_child').on(t.childBsn, t.type),
  ],
);

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    status: text('status').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    childBsn: text('child_bsn'),
    declarantBsn: text('declarant_bsn'),
    countryCode: text('country_code'),
    registrationDate: text('registration_date'),
    child: text('child', { mode: 'json' }),
    departure: text('departure', { mode: 'json' }),
    custody: text('custody', { mode: 'json' }),
    assessment: text('assessment', { mode: 'json' }),
    risk: text('risk', { mode: 'json' }),
    closedReason: text('closed_reason'),
    closedAt: integer('closed_at'),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    purgedAt: integer('purged_at'),
  },
  (t) => [
    index('cases_child_bsn').on(t.childBsn),
    index('cases_declarant_bsn').on(t.declarantBsn),
    index('cases_municipality').on(t.municipalityCode, t.status, t.createdAt),
    // The figures of a period, and retention of ended cases (partial: only what retention can take).
    index('cases_created').on(t.createdAt),
    index('cases_ended')
      .on(t.updatedAt)
      .where(sql`status IN ('niet-van-toepassing', 'ingetrokken', 'afgesloten') AND purged_at IS NULL`),
  ],
);

/** Kennisgevingen: the municipality's notices to the other custody holders. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    recipientBsn: text('recipient_bsn'),
    recipient: text('recipient', { mode: 'json' }),
    status: text('status').notNull(),
    holdReasons: text('hold_reasons', { mode: 'json' }),
    reference: text('reference').notNull(),
    dueDate: text('due_date').notNull(),
    channel: text('channel'),
    deliveryAttempts: integer('delivery_attempts').notNull(),
    lastError: text('last_error'),
    history: text('history', { mode: 'json' }).notNull(),
    followUps: text('follow_ups', { mode: 'json' }).notNull(),
    /** What the other custody holder answered after the notice (contract §5 v2). */
    reaction: text('reaction', { mode: 'json' }),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('notifications_case_recipient').on(t.caseId, t.recipientBsn),
    index('notifications_worklist').on(t.municipalityCode, t.status, t.createdAt),
    // Deadlines: only notices still waiting for the officer.
    index('notifications_due').on(t.municipalityCode, t.dueDate).where(sql`status IN ('te-beoordelen', 'aangehouden')`),
  ],
);

/** Signalen to Ca IKA, RvdK IKO and CIKO; `view` is the least-data payload for that recipient. */
export const signals = sqliteTable(
  'signals',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    recipient: text('recipient').notNull(),
    level: text('level').notNull(),
    status: text('status').notNull(),
    view: text('view', { mode: 'json' }).notNull(),
    slaDueAt: integer('sla_due_at').notNull(),
    delivery: text('delivery').notNull(),
    deliveryAttempts: integer('delivery_attempts').notNull(),
    outcome: text('outcome', { mode: 'json' }),
    updates: text('updates', { mode: 'json' }).notNull(),
    pickedUpAt: integer('picked_up_at'),
    closedAt: integer('closed_at'),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('signals_case_recipient').on(t.caseId, t.recipient),
    index('signals_worklist').on(t.recipient, t.status, t.createdAt),
    index('signals_created').on(t.createdAt),
    // Pick-up deadlines: only signals nobody has picked up.
    index('signals_due').on(t.recipient, t.slaDueAt).where(sql`status = 'nieuw'`),
  ],
);

/** Aandachtsmarkeringen: a child marked by RvdK IKO or Ca IKA for a period. */
export const watchMarkings = sqliteTable(
  'watch_markings',
  {
    id: text('id').primaryKey(),
    childBsn: text('child_bsn').notNull(),
    reason: text('reason').notNull(),
    validUntil: text('valid_until').notNull(),
    organisation: text('organisation').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    removedAt: integer('removed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('watch_markings_child').on(t.childBsn), index('watch_markings_org').on(t.organisation, t.createdAt)],
);

export const sisRequests = sqliteTable(
  'sis_requests',
  {
    id: text('id').primaryKey(),
    signalId: text('signal_id').notNull(),
    caseId: text('case_id').notNull(),
    status: text('status').notNull(),
    request: text('request', { mode: 'json' }).notNull(),
    history: text('history', { mode: 'json' }).notNull(),
    reviewDate: text('review_date').notNull(),
    createdBy: text('created_by').notNull(),
    organisation: text('organisation').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('sis_requests_signal').on(t.signalId), index('sis_requests_case').on(t.caseId)],
);

/**
 * Jobs: the durable work queue on the embedded database, and the transactional outbox on PostgreSQL.
 * `id` is deterministic so a job enqueued twice exists once; `key` serialises jobs on one case.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    queue: text('queue').notNull(),
    key: text('key'),
    payload: text('payload', { mode: 'json' }).notNull(),
    status: text('status').notNull(),
    runAt: integer('run_at').notNull(),
    attempts: integer('attempts').notNull(),
    maxAttempts: integer('max_attempts').notNull(),
    lockedUntil: integer('locked_until'),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  // Partial indexes: a finished job leaves the claim's indexes, so they stay as small as the work waiting.
  (t) => [
    index('jobs_due').on(t.runAt).where(sql`status = 'queued'`),
    index('jobs_lapsed').on(t.lockedUntil).where(sql`status = 'active'`),
    index('jobs_key').on(t.key).where(sql`status = 'active'`),
    index('jobs_done').on(t.updatedAt).where(sql`status = 'done'`),
  ],
);

/** Logboek: append-only, hash-chained record of every read and write of case data. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: integer('at').notNull(),
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
    chainPos: integer('chain_pos'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /**
     * SHA-256 of the actor and of the pseudonym, set when sealed: the chain covers these digests, so retention can
     * remove the actor and the pseudonym after their period and the chain still verifies.
     */
    actorDigest: text('actor_digest'),
    subjectDigest: text('subject_digest'),
  },
  // Sealed entries only: the seal writes them in batches of thousands, where every new entry would otherwise dirty a
  // random page of this index in its own commit (most of what the logboek cost on disk). Searches read the short
  // unsealed tail through audit_chain.
  (t) => [
    index('audit_at').on(t.at),
    index('audit_subject').on(t.subjectPseudonym).where(sql`chain_pos IS NOT NULL`),
    uniqueIndex('audit_chain').on(t.chainPos),
  ],
);
