// The `jobs` table of the embedded runner (node:sqlite, D1): the statements that claim, settle, release and clean
// up jobs, and the rows that enqueue them. The only module that writes this table.

import { type JobRecord, maxAttemptsOf, type NewJob, pendingOf, type QueueName } from '../../src/ports/jobs.ts';
import type { Database } from '../../src/store/database.ts';
import { int, type Row, textOrNull } from '../../src/store/rows.ts';
import { chunked, insertMany, json, list, sql, WRITE_LIST_LIMIT, type Write } from '../../src/store/sql.ts';

/** Rows that enqueue jobs inside the business commit (the transactional outbox on SQLite and D1). */
export function jobWrites(jobs: readonly NewJob[]): Write[] {
  const now = Date.now();
  return [
    insertMany(
      'jobs',
      ['id', 'queue', 'key', 'payload', 'status', 'run_at', 'attempts', 'max_attempts', 'created_at', 'updated_at'],
      jobs.map((j) => {
        const at = j.runAt ?? now;
        return [
          j.id,
          j.queue,
          j.key ?? null,
          json(j.payload),
          'queued',
          at,
          0,
          j.maxAttempts ?? maxAttemptsOf(j.queue),
          at,
          at,
        ];
      }),
      'ignore',
    ),
  ];
}

const decodeJob = (r: Row): JobRecord => ({
  id: String(r.id),
  queue: r.queue as QueueName,
  key: textOrNull(r.key),
  payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : (r.payload as Record<string, unknown>),
  attempts: int(r.attempts),
  maxAttempts: int(r.max_attempts),
});

/** One process per database file: anything still active was cut off by a crash. */
export const requeueActive = (db: Database) =>
  db.commit({
    writes: [sql`UPDATE jobs SET status = 'queued', locked_until = NULL WHERE status = 'active'`],
    jobs: [],
  });

/** A job whose key no other job holds right now (an active job with a live claim). */
const free = (t: number) =>
  sql`(j.key IS NULL OR NOT EXISTS (SELECT 1 FROM jobs a
    WHERE a.key = j.key AND a.status = 'active' AND a.locked_until >= ${t} AND a.id <> j.id))`;

/**
 * Claims up to `n` jobs of each of two parts, each walking its index in order and stopping at the batch size: due
 * jobs oldest first, and jobs whose claim lapsed (a dead runner's). One query with OR would sort every due job on
 * each claim. A claim holds until `t + lockMs` and counts an attempt.
 */
export async function claimJobs(db: Database, t: number, n: number, lockMs: number): Promise<JobRecord[]> {
  const rows = await db.all<Row>(sql`UPDATE jobs
      SET status = 'active', locked_until = ${t + lockMs}, attempts = attempts + 1, updated_at = ${t}
      WHERE id IN (
        SELECT id FROM (SELECT j.id FROM jobs j
          WHERE j.status = 'queued' AND j.run_at <= ${t} AND ${free(t)} ORDER BY j.run_at LIMIT ${n})
        UNION ALL
        SELECT id FROM (SELECT j.id FROM jobs j
          WHERE j.status = 'active' AND j.locked_until < ${t} AND ${free(t)} LIMIT ${n}))
      RETURNING id, queue, key, payload, attempts, max_attempts`);
  return rows.map(decodeJob);
}

export interface Settlement {
  runAt?: number;
  attempts?: number;
  error?: string;
}

/** Ends the claim on a job: done, dead, or queued again (by default now, its attempts as they stand). */
export const settleWrite = (job: JobRecord, status: string, now: () => number, extra: Settlement = {}): Write =>
  sql`UPDATE jobs
    SET status = ${status}, locked_until = NULL, updated_at = ${now()}, last_error = ${extra.error ?? null},
      run_at = ${extra.runAt ?? now()}, attempts = ${extra.attempts ?? job.attempts} WHERE id = ${job.id}`;

/** Claimed but not started: queued again, the claim's attempt not counted. */
export const releaseJobs = (db: Database, jobs: readonly JobRecord[]) =>
  db.commit({
    writes: chunked(
      jobs.map((j) => j.id),
      WRITE_LIST_LIMIT,
    ).map(
      (ids) => sql`UPDATE jobs SET status = 'queued', locked_until = NULL, attempts = attempts - 1
          WHERE id IN ${list(ids)} AND status = 'active'`,
    ),
    jobs: [],
  });

/** Finished jobs hold only ids, never personal data; they are kept a week for inspection, then removed. */
export const removeDone = (db: Database, t: number) =>
  db.commit({
    writes: [sql`DELETE FROM jobs WHERE status = 'done' AND updated_at < ${t - 7 * 86_400_000}`],
    jobs: [],
  });

export async function dueCount(db: Database, t: number): Promise<number> {
  const [r] = await db.all<Row>(sql`SELECT count(*) AS n FROM jobs WHERE status = 'queued' AND run_at <= ${t}`);
  return int(r?.n ?? 0);
}

/**
 * Jobs to be done before the work already handed in counts as done: due, retrying after a failure (also an
 * outage's back-off) or running; not a job first scheduled for a later date (a re-assessment on a departure date),
 * which would keep a replay waiting for weeks. Each part walks its own partial index.
 */
export async function pendingJobs(db: Database, t: number) {
  return pendingOf(
    await db.all<{ queue: string; n: number }>(
      sql`SELECT queue, count(*) AS n FROM (
        SELECT queue FROM jobs WHERE status = 'queued' AND run_at <= ${t}
        UNION ALL SELECT queue FROM jobs WHERE status = 'queued' AND run_at > ${t} AND last_error IS NOT NULL
        UNION ALL SELECT queue FROM jobs WHERE status = 'active'
      ) GROUP BY queue`,
    ),
  );
}
