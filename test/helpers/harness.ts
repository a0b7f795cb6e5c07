// A real service per test file: a fresh SQLite file (or PostgreSQL database when TEST_DATABASE=pg), migrated
// in code, the fake BRP, test-issued tokens, a movable clock and the delivery stubs within reach.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, type JWK } from 'jose';
import { loadConfig } from '../../src/config.ts';
import { bootstrap, type Runtime } from '../../src/bootstrap.ts';
import { createApp } from '../../src/app.ts';
import { generateSigningJwk } from '../../src/signing.ts';
import { mintToken, publicJwks } from '../../src/dev-issuer.ts';
import { createFakeBrp } from '../../adapters/brp/fake.ts';
import { createStubBerichtenbox } from '../../adapters/berichtenbox/stub.ts';
import { createStubPost } from '../../adapters/post/stub.ts';
import { createStubSis } from '../../adapters/sis/stub.ts';
import type { Database } from '../../src/db/database.ts';
import { count, sql } from 'drizzle-orm';
import type { WebhookPort } from '../../src/ports/webhook.ts';
import { createHttpWebhook } from '../../adapters/webhook/http.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-database.ts';

export const ISSUER = 'https://idp.test';
export const AUDIENCE = 'vertreksignaal-test';
export const START = Date.parse('2026-11-23T09:00:00Z');

export interface HarnessOptions {
  env?: Record<string, string>;
  brp?: ReturnType<typeof createFakeBrp>;
  webhook?: WebhookPort;
  database?: Database;
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
  const databaseUrl = o.database ? 'file::memory:' : process.env.TEST_DATABASE_URL ? await freshPgDatabase(process.env.TEST_DATABASE_URL) : `file:${join(dir, 'test.db')}`;
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
  const runtime: Runtime = await bootstrap(config, {
    database: o.database,
    brp,
    keys: createLocalJWKSet(publicJwks(issuerKey) as never),
    now: () => clock,
    runnerOptions: { pollMs: 20, backoffBaseMs: 10, backoffMaxMs: 50 },
    deps: { berichtenbox, post, sis, webhook: o.webhook ?? createHttpWebhook(2000) },
  });
  const app = createApp(runtime.deps);
  // pg-boss works in the background; the embedded runner is driven step by step by drain().
  if (runtime.deps.database.dialect === 'pg' && o.startRunner !== false) runtime.runner.start();

  const token = (roles: string | string[], gemeentecodes?: string[], sub = 'tester') =>
    mintToken(issuerKey, { sub, roles: Array.isArray(roles) ? roles : [roles], ...(gemeentecodes ? { gemeentecodes } : {}) }, { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 });

  async function request(method: string, path: string, opts: { token?: string; body?: unknown; contentType?: string; raw?: string; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.raw !== undefined) body = opts.raw;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] = opts.contentType ?? 'application/json';
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let json: any = undefined;
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
    databaseUrl,
    deps: runtime.deps,
    brp,
    berichtenbox,
    post,
    sis,
    issuerKey,
    token,
    request,
    now: () => clock,
    advance(ms: number) {
      clock += ms;
    },
    drain: () => runtime.runner.drain(),
    /** Jobs ever enqueued: the jobs table on SQLite, pg-boss's job table on PostgreSQL. */
    async jobCount(): Promise<number> {
      const { db, t, dialect } = runtime.deps.database;
      if (dialect === 'pg') {
        const res = (await (db as unknown as { execute(q: unknown): Promise<{ rows: { n: string }[] }> }).execute(sql`select count(*) as n from pgboss.job`)) as { rows: { n: string }[] };
        return Number(res.rows[0].n);
      }
      const [r] = await db.select({ n: count() }).from(t.jobs);
      return Number(r.n);
    },
    async close() {
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
      if (databaseUrl.startsWith('postgres')) await dropPgDatabase(process.env.TEST_DATABASE_URL!, databaseUrl);
    },
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** True when this run uses PostgreSQL; tests that move the clock to drive retries run on the embedded runner only. */
export const onPostgres = () => !!process.env.TEST_DATABASE_URL;

