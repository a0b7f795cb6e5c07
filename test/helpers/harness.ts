// A real service per test file: a fresh SQLite file (or PostgreSQL database when TEST_DATABASE_URL is set), migrated
// in code, built through the composition root with the fake BRP, test-issued tokens, a movable clock and the delivery
// stubs within reach.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, type JWK } from 'jose';
import { createMemoryAnchorStore } from '../../adapters/audit-anchor/memory.ts';
import { createStubBerichtenbox } from '../../adapters/berichtenbox/stub.ts';
import { createFakeBrp } from '../../adapters/brp/fake.ts';
import { createStubPost } from '../../adapters/post/stub.ts';
import { createStubSis } from '../../adapters/sis/stub.ts';
import { createHttpWebhook } from '../../adapters/webhook/http.ts';
import { createApp } from '../../src/app.ts';
import { compose, type Runtime } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { mintToken, publicJwks } from '../../src/dev-issuer.ts';
import { nodePlatform } from '../../src/platform/node.ts';
import type { QueueName } from '../../src/ports/jobs.ts';
import type { WebhookPort } from '../../src/ports/webhook.ts';
import { generateSigningJwk } from '../../src/signing.ts';
import { type Query, raw, sql } from '../../src/store/sql.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-database.ts';

export const ISSUER = 'https://idp.test';
export const AUDIENCE = 'vertreksignaal-test';
export const START = Date.parse('2026-11-23T09:00:00Z');

export interface HarnessOptions {
  env?: Record<string, string>;
  brp?: ReturnType<typeof createFakeBrp>;
  webhook?: WebhookPort;
  /** PostgreSQL only: false leaves the jobs to other processes (the benchmark's workers). */
  startRunner?: boolean;
}

export async function createHarness(o: HarnessOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vs-test-'));
  const issuerKey: JWK = await generateSigningJwk();
  let clock = START;
  const brp = o.brp ?? createFakeBrp();
  const berichtenbox = createStubBerichtenbox();
  const post = createStubPost();
  const sis = createStubSis();
  const anchor = createMemoryAnchorStore();
  const databaseUrl = process.env.TEST_DATABASE_URL
    ? await freshPgDatabase(process.env.TEST_DATABASE_URL)
    : `file:${join(dir, 'test.db')}`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_JWKS_FILE: '/dev/null',
    SIGNING_KEY_FILE: join(dir, 'signing.jwk.json'),
    PSEUDONYM_KEY: 'test-pseudonym-key',
    LOG_LEVEL: 'info',
    RUN_WORKER: 'false',
    ...o.env,
  });
  const platform = await nodePlatform(config, {
    keys: createLocalJWKSet(publicJwks(issuerKey)),
    anchor,
    runnerOptions: { pollMs: 20, backoffBaseMs: 10, backoffMaxMs: 50 },
  });
  const runtime: Runtime = await compose(config, platform, {
    brp,
    berichtenbox,
    post,
    sis,
    webhook: o.webhook ?? createHttpWebhook(2000),
    now: () => clock,
  });
  const app = createApp({ runtime });
  const db = runtime.ctx.db;
  // pg-boss works in the background; the embedded runner is driven step by step by drain().
  if (db.dialect === 'pg' && o.startRunner !== false) runtime.runner.start();

  const token = (roles: string | string[], gemeentecodes?: string[], sub = 'tester') =>
    mintToken(
      issuerKey,
      { sub, roles: Array.isArray(roles) ? roles : [roles], ...(gemeentecodes ? { gemeentecodes } : {}) },
      { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 },
    );

  async function request(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; contentType?: string; raw?: string; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.raw !== undefined) body = opts.raw;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] = opts.contentType ?? 'application/json';
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  return {
    app,
    runtime,
    ctx: runtime.ctx,
    db,
    databaseUrl,
    brp,
    berichtenbox,
    post,
    sis,
    anchor,
    issuerKey,
    token,
    request,
    now: () => clock,
    advance(ms: number) {
      clock += ms;
    },
    drain: () => runtime.runner.drain(),
    /** Runs the periodic jobs now (they are scheduled by timers in a running service), then drains. */
    async runScheduled(queues?: QueueName[]) {
      await runtime.schedule(queues);
      await runtime.runner.drain();
    },
    /** Rows of a query, for tests that look at what is stored. */
    rows: <T = Record<string, unknown>>(q: Query) => db.all<T>(q),
    async count(table: string, where = sql`1 = 1`): Promise<number> {
      const [r] = await db.all<{ n: number | string }>(sql`SELECT count(*) AS n FROM ${raw(table)} WHERE ${where}`);
      return Number(r.n);
    },
    /** Jobs ever enqueued: the jobs table on SQLite, pg-boss's job table on PostgreSQL. */
    async jobCount(): Promise<number> {
      const [r] = await db.all<{ n: number | string }>(
        db.dialect === 'pg' ? sql`SELECT count(*) AS n FROM pgboss.job` : sql`SELECT count(*) AS n FROM jobs`,
      );
      return Number(r.n);
    },
    async close() {
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
      if (databaseUrl.startsWith('postgres'))
        await dropPgDatabase(process.env.TEST_DATABASE_URL as string, databaseUrl);
    },
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** True when this run uses PostgreSQL; tests that move the clock to drive retries run on the embedded runner only. */
export const onPostgres = () => !!process.env.TEST_DATABASE_URL;
