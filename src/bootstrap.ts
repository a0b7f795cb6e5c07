// Composition root for Node: turns a Config into wired dependencies, a job runner and a close function.
// Tests call it too, overriding the parts they control (BRP, clock, keys, stubs).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { JWTVerifyGetKey } from 'jose';
import type { Config } from './config.ts';
import { isDevAuth } from './config.ts';
import type { Deps } from './deps.ts';
import type { Database } from './db/database.ts';
import type { BrpPort } from './ports/brp.ts';
import type { JobRunner } from './jobs/runner.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics } from './metrics.ts';
import { createSigner } from './signing.ts';
import { createPseudonymizer } from './audit/pseudonym.ts';
import { createTokenVerifier, localKeys, remoteKeys } from './http/auth/verifier.ts';
import { DEV_AUDIENCE, DEV_ISSUER, devIssuerKeyFile, loadOrCreateKey, publicJwks } from './dev-issuer.ts';
import { createHandlers } from './jobs/handlers.ts';
import { openSqlite } from '../adapters/store/sqlite.ts';
import { createEmbeddedRunner } from '../adapters/queue/embedded.ts';
import { createHaalCentraalClient } from '../adapters/brp/http-client.ts';
import { createFakeBrp } from '../adapters/brp/fake.ts';
import { createStubBerichtenbox } from '../adapters/berichtenbox/stub.ts';
import { createStubPost } from '../adapters/post/stub.ts';
import { createStubSis } from '../adapters/sis/stub.ts';
import { createHttpWebhook } from '../adapters/webhook/http.ts';
import { QUEUES } from './jobs/queues.ts';

export function dataDirOf(config: Config): string {
  if (config.DATA_DIR) return resolve(config.DATA_DIR);
  return config.DATABASE_URL.startsWith('file:') ? dirname(resolve(config.DATABASE_URL.slice(5))) : resolve('data');
}

export interface Overrides {
  database?: Database;
  brp?: BrpPort;
  keys?: JWTVerifyGetKey;
  now?: () => number;
  runnerOptions?: { pollMs?: number; backoffBaseMs?: number; backoffMaxMs?: number };
  deps?: Partial<Deps>;
}

export interface Runtime {
  deps: Deps;
  runner: JobRunner;
  close(): Promise<void>;
}

export async function bootstrap(config: Config, o: Overrides = {}): Promise<Runtime> {
  const dataDir = dataDirOf(config);
  const logger = createLogger(config.LOG_LEVEL);
  const database = o.database ?? (await openDatabase(config, logger));
  const now = o.now ?? Date.now;

  let keys = o.keys;
  let issuer = config.AUTH_ISSUER ?? DEV_ISSUER;
  let audience = config.AUTH_AUDIENCE ?? DEV_AUDIENCE;
  if (!keys) {
    if (config.AUTH_JWKS_URL) keys = remoteKeys(config.AUTH_JWKS_URL);
    else if (config.AUTH_JWKS_FILE) keys = localKeys(JSON.parse(readFileSync(config.AUTH_JWKS_FILE, 'utf8')));
    else if (isDevAuth(config)) {
      keys = localKeys(publicJwks(await loadOrCreateKey(devIssuerKeyFile(dataDir))) as never);
      issuer = config.AUTH_ISSUER ?? DEV_ISSUER;
      audience = config.AUTH_AUDIENCE ?? DEV_AUDIENCE;
      logger.warn('dev mode: tokens from `npm run token` are accepted; configure AUTH_* for real use');
    } else throw new Error('AUTH_JWKS_URL or AUTH_JWKS_FILE: required');
  }
  const signingJwk = await loadOrCreateKey(config.SIGNING_KEY_FILE ?? join(dataDir, 'signing-key.jwk.json'));
  const pseudonymSecret = config.PSEUDONYM_KEY ?? (await loadOrCreateKey(join(dataDir, 'pseudonym-key.jwk.json'))).d!;
  const brp = o.brp ?? (config.BRP_API_URL ? createHaalCentraalClient({ baseUrl: config.BRP_API_URL, apiKey: config.BRP_API_KEY }) : createFakeBrp());

  let runner: JobRunner | null = null;
  const deps: Deps = {
    config,
    database,
    brp,
    verifier: createTokenVerifier({ issuer, audience, keys }),
    pseudonyms: await createPseudonymizer(pseudonymSecret),
    signer: await createSigner(signingJwk),
    logger,
    metrics: createMetrics(),
    berichtenbox: createStubBerichtenbox(),
    post: createStubPost(),
    sis: createStubSis(),
    webhook: createHttpWebhook(),
    now,
    poke: () => runner?.poke(),
    ...o.deps,
  };
  runner =
    database.dialect === 'pg'
      ? (await import('../adapters/queue/pgboss.ts')).createPgBossRunner({ database: database as never, handlers: createHandlers(deps), logger })
      : createEmbeddedRunner({ database, handlers: createHandlers(deps), logger, now, ...o.runnerOptions });

  // Periodic work goes through the queue with one id per time slot, so several instances schedule it once.
  const timers: ReturnType<typeof setInterval>[] = [];
  const schedule = (queue: typeof QUEUES.sealAudit.name | typeof QUEUES.retention.name, everyMs: number) => {
    const timer = setInterval(() => {
      const slot = Math.floor(now() / everyMs);
      database.atomic((d) => database.enqueue(d, [{ id: `${queue}:${slot}`, queue, key: queue, payload: {} }], now())).then(() => runner?.poke(), () => undefined);
    }, everyMs);
    timer.unref();
    timers.push(timer);
  };
  if (config.RUN_WORKER === 'true') {
    schedule(QUEUES.sealAudit.name, 10_000);
    schedule(QUEUES.retention.name, 3_600_000);
  }

  return {
    deps,
    runner,
    async close() {
      for (const t of timers) clearInterval(t);
      await runner?.stop();
      await database.close();
    },
  };
}

export async function openDatabase(config: Config, logger?: Logger): Promise<Database> {
  if (config.DATABASE_URL.startsWith('postgres')) {
    const { openPostgres } = await import('../adapters/store/pg.ts');
    return openPostgres(config.DATABASE_URL, { logger });
  }
  return openSqlite(config.DATABASE_URL);
}
