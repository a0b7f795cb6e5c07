// The PostgreSQL store and the pg-boss runner keep the embedded runner's promises: atomic writes with their jobs,
// one job per id, effects committed with completion, retries, dead letters, outages that never kill work, and
// no two jobs of one key at once, across processes. Needs a server: TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { openPostgres, bossJobId, type PgDatabase } from './pg.ts';
import { createPgBossRunner } from '../queue/pgboss.ts';
import { dropPgDatabase, freshPgDatabase } from '../../test/helpers/pg-database.ts';
import { QUEUES, type NewJob, type QueueName } from '../../src/jobs/queues.ts';
import type { JobHandler, JobHandlers, JobRecord, JobRunner } from '../../src/jobs/runner.ts';
import type { Ops } from '../../src/db/database.ts';

const PG = process.env.TEST_PG_URL;
if (!PG) console.warn('adapters/store/pg.test.ts skipped: set TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it');

const logger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Each test registers what its jobs do under a name carried in the payload. */
type Behaviour = { run(job: JobRecord, runner: string): Promise<Ops | void>; dead?(job: JobRecord, reason: string): Promise<Ops | void> };
const behaviours = new Map<string, Behaviour>();
const handlersFor = (runner: string) => {
  const handler: JobHandler = {
    run: (job) => behaviours.get(String(job.payload.test))!.run(job, runner),
    dead: async (job, reason) => behaviours.get(String(job.payload.test))?.dead?.(job, reason),
  };
  return Object.fromEntries(Object.values(QUEUES).map((q) => [q.name, handler])) as JobHandlers;
};

describe.skipIf(!PG)('PostgreSQL store with pg-boss', () => {
  let url = '';
  let store: PgDatabase;
  let runner: JobRunner;

  const marking = (id: string) => (d: Parameters<Ops>[0]) =>
    d.insert(store.t.watchMarkings).values({ id, childBsn: 'x', reason: 'test', validUntil: '2027-01-01', organisation: 'test', createdBy: 'test', createdAt: Date.now() });
  const markingExists = async (id: string) => (await store.db.select().from(store.t.watchMarkings).where(eq(store.t.watchMarkings.id, id))).length === 1;
  const job = (test: string, id: string, extra: Partial<NewJob> = {}): NewJob => ({ id, queue: QUEUES.retention.name, key: null, payload: { test }, ...extra });
  const enqueue = (jobs: NewJob[]) => store.atomic((d) => store.enqueue(d, jobs, Date.now()));
  const stateOf = async (id: string, s: PgDatabase = store) => {
    const { rows } = await s.pg.execute<{ state: string }>(sql`select state from pgboss.job where id = ${await bossJobId(id)}`);
    return rows.map((r) => r.state);
  };
  const until = async (what: () => Promise<boolean>, ms = 20_000) => {
    const end = Date.now() + ms;
    while (!(await what())) {
      if (Date.now() > end) throw new Error('condition not met in time');
      await sleep(100);
    }
  };

  beforeAll(async () => {
    url = await freshPgDatabase(PG!, 'vs_pgtest');
    let started = Date.now();
    store = await openPostgres(url, { logger });
    console.info(`openPostgres on a fresh database (migrations + pg-boss install + start): ${Date.now() - started} ms`);
    started = Date.now();
    const again = await openPostgres(url, { logger });
    console.info(`openPostgres on an installed database: ${Date.now() - started} ms`);
    await again.close();
    runner = createPgBossRunner({ database: store, handlers: handlersFor('first'), logger, now: Date.now });
    runner.start();
  });

  afterAll(async () => {
    await runner?.stop();
    await store?.close();
    if (!url) return;
    await dropPgDatabase(PG!, url);
  });

  it('rolls back the business rows and the jobs of a failed atomic write', async () => {
    const write = store.atomic((d) => [marking('rollback-1')(d), ...store.enqueue(d, [job('noop', 'rollback-job')], Date.now()), d.insert(store.t.watchMarkings).values({ id: 'rollback-1' } as never)]);
    await expect(write).rejects.toThrow();
    expect(await markingExists('rollback-1')).toBe(false);
    expect(await stateOf('rollback-job')).toEqual([]);
  });

  it('keeps one job when the same job id is enqueued twice', async () => {
    behaviours.set('slow-noop', { run: async () => { await sleep(10); } });
    const j = job('slow-noop', 'twice', { runAt: Date.now() + 60_000 });
    await enqueue([j]);
    await enqueue([j]);
    await store.atomic((d) => [...store.enqueue(d, [j], Date.now()), ...store.enqueue(d, [j], Date.now())]);
    expect(await stateOf('twice')).toEqual(['created']);
  });

  it('commits the handler writes together with the job completion', async () => {
    behaviours.set('writes', { run: async (j) => (d) => [marking(`written-${j.id}`)(d)] });
    await enqueue([job('writes', 'w1')]);
    await runner.drain();
    expect(await markingExists('written-w1')).toBe(true);
    expect(await stateOf('w1')).toEqual(['completed']);
  });

  it('leaves neither the writes nor a completion when the writes fail, and retries', async () => {
    let attempts = 0;
    behaviours.set('bad-write', {
      run: async () => {
        attempts++;
        // First attempt: a write that violates NOT NULL, after a valid one; the whole transaction must roll back.
        return (d) => (attempts === 1 ? [marking('bad-write-1')(d), d.insert(store.t.watchMarkings).values({ id: 'bad-write-2' } as never)] : [marking('bad-write-1')(d)]);
      },
    });
    await enqueue([job('bad-write', 'bw')]);
    await until(async () => (await stateOf('bw'))[0] === 'completed');
    expect(attempts).toBe(2);
    expect(await markingExists('bad-write-1')).toBe(true);
  });

  it('retries a failed job with back-off and then succeeds', async () => {
    const seen: number[] = [];
    behaviours.set('flaky', {
      run: async (j) => {
        seen.push(j.attempts);
        if (j.attempts < 3) throw new Error('flaky');
        return (d) => [marking('flaky-done')(d)];
      },
    });
    await enqueue([job('flaky', 'flaky')]);
    await until(async () => markingExists('flaky-done'));
    expect(seen).toEqual([1, 2, 3]);
    expect(await stateOf('flaky')).toEqual(['completed']);
  });

  it('applies the dead-letter writes once attempts are used up', async () => {
    const reasons: string[] = [];
    let runs = 0;
    behaviours.set('doomed', {
      run: async () => {
        runs++;
        throw Object.assign(new Error('mailbox full'), { name: 'DeliveryError' });
      },
      dead: async (j, reason) => {
        reasons.push(reason);
        return (d) => [marking(`dead-${j.id}`)(d)];
      },
    });
    await enqueue([job('doomed', 'doomed', { maxAttempts: 2 })]);
    await until(async () => markingExists('dead-doomed'));
    expect(runs).toBe(2);
    expect(reasons).toEqual(['DeliveryError: mailbox full']);
    expect(await stateOf('doomed')).toEqual(['failed']);
    await runner.drain();
    const { rows } = await store.pg.execute<{ state: string }>(sql`select state from pgboss.job where name = 'dead-letter' and source_id = ${await bossJobId('doomed')}`);
    expect(rows).toEqual([{ state: 'completed' }]);
  });

  it('retries through an outage without using up attempts', async () => {
    const attempts: number[] = [];
    behaviours.set('outage', {
      run: async (j) => {
        attempts.push(j.attempts);
        if (attempts.length <= 3) throw Object.assign(new Error('BRP down'), { name: 'BrpUnavailableError' });
        return (d) => [marking('after-outage')(d)];
      },
      dead: async () => {
        throw new Error('must not dead-letter');
      },
    });
    // On a case-keyed queue: its successor must pass pg-boss's per-key rules too.
    await enqueue([job('outage', 'outage', { queue: QUEUES.assessCase.name, key: 'outage-case', maxAttempts: 1 })]);
    await until(async () => markingExists('after-outage'), 30_000);
    expect(attempts).toEqual([1, 1, 1, 1]);
    const { rows } = await store.pg.execute<{ state: string }>(sql`select state from pgboss.job where data->>'test' = 'outage' order by created_on`);
    expect(rows.map((r) => r.state)).toEqual(['completed', 'completed', 'completed', 'completed']);
  }, 40_000);

  it('waits in drain until every due job has finished', async () => {
    let done = 0;
    behaviours.set('slow', { run: async () => { await sleep(300); done++; } });
    await enqueue(Array.from({ length: 5 }, (_, i) => job('slow', `slow-${i}`, { key: 'one-case' })));
    await runner.drain();
    expect(done).toBe(5);
  });

  it('never runs two jobs of one key at once, across queues and across two pg-boss instances', async () => {
    const second = await openPostgres(url, { logger });
    const other = createPgBossRunner({ database: second, handlers: handlersFor('second'), logger, now: Date.now, batchSize: 2, concurrency: 3 });
    const spans: { key: string; start: number; end: number; runner: string }[] = [];
    const busy = new Map<string, number>();
    let overlaps = 0;
    behaviours.set('span', {
      run: async (j, runner) => {
        const key = j.key!;
        busy.set(key, (busy.get(key) ?? 0) + 1);
        if (busy.get(key)! > 1) overlaps++;
        const start = Date.now();
        await sleep(40);
        spans.push({ key, start, end: Date.now(), runner });
        busy.set(key, busy.get(key)! - 1);
      },
    });
    try {
      other.start();
      // Let the second instance register its workers; then more jobs than one fetch of the first can take (20 per queue).
      await sleep(1000);
      const queues: QueueName[] = [QUEUES.assessCase.name, QUEUES.closeCase.name, QUEUES.deliverSignal.name];
      const jobs = Array.from({ length: 180 }, (_, i) => job('span', `span-${i}`, { queue: queues[i % 3], key: `case-${i % 4}` }));
      await enqueue(jobs);
      await until(async () => spans.length === 180, 60_000);
      // Overlap measured both in process (same event loop for both runners) and from the timestamps.
      expect(overlaps).toBe(0);
      for (const a of spans) for (const b of spans) if (a !== b && a.key === b.key) expect(a.end <= b.start || b.end <= a.start).toBe(true);
      // Different keys did run side by side, so the test could have seen an overlap.
      const parallel = spans.some((a) => spans.some((b) => a.key !== b.key && a.start < b.end && b.start < a.end));
      expect(parallel).toBe(true);
      expect(new Set(spans.map((x) => x.runner))).toEqual(new Set(['first', 'second']));
    } finally {
      await other.stop();
      await second.close();
    }
  }, 90_000);
});
