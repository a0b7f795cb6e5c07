// The Node 24 platform: embedded SQLite (node:sqlite) or PostgreSQL with pg-boss, keys and dev-mode files in the
// data directory, pino logs, the audit anchor as an append-only file. Only node.ts, scripts and tests import this.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { JWTVerifyGetKey } from 'jose';
import { createAuditAnchors } from '../../adapters/audit-anchor/index.ts';
import { documentRenderer } from '../../adapters/documents/renderer.ts';
import { createEmbeddedRunner, jobWrites } from '../../adapters/queue/embedded.ts';
import { createThreadRunner } from '../../adapters/queue/thread.ts';
import { openNodeSqlite } from '../../adapters/store/node-sqlite.ts';
import { localKeys, remoteKeys } from '../app/auth/verifier.ts';
import type { Platform } from '../compose.ts';
import type { Config } from '../config.ts';
import { isDevAuth } from '../config.ts';
import { DEV_AUDIENCE, DEV_ISSUER, devIssuerKeyFile, loadOrCreateKey, publicJwks } from '../dev-issuer.ts';
import { createLogger } from '../log.ts';
import type { AuditAnchorPort } from '../ports/audit-anchor.ts';
import type { Database } from '../store/database.ts';

export function dataDirOf(config: Config): string {
  if (config.DATA_DIR) return resolve(config.DATA_DIR);
  return config.DATABASE_URL.startsWith('file:') ? dirname(resolve(config.DATABASE_URL.slice(5))) : resolve('data');
}

export interface NodePlatformOptions {
  /** Token keys of a test issuer instead of the configured ones. */
  keys?: JWTVerifyGetKey;
  anchor?: AuditAnchorPort;
  runnerOptions?: { pollMs?: number; backoffBaseMs?: number; backoffMaxMs?: number };
  /** Run the jobs in a thread of their own (job-thread.ts) on the same database, not in this event loop. */
  jobThread?: boolean;
}

/** An in-memory SQLite database cannot be shared with a thread. */
const inMemory = (url: string) => url === ':memory:' || url === 'file::memory:';

export async function nodePlatform(config: Config, o: NodePlatformOptions = {}): Promise<Platform> {
  const dataDir = dataDirOf(config);
  const logger = createLogger(config.LOG_LEVEL);
  const isPg = config.DATABASE_URL.startsWith('postgres');
  let database: Database;
  let runner: Platform['runner'];
  if (isPg) {
    const { openPostgres } = await import('../../adapters/store/postgres.ts');
    const { createPgBossRunner } = await import('../../adapters/queue/pgboss.ts');
    const pg = await openPostgres(config.DATABASE_URL, { logger });
    database = pg;
    runner = (ctx, handlers) => createPgBossRunner({ db: pg, ctx, handlers });
  } else {
    const sqlite = openNodeSqlite(config.DATABASE_URL, { jobWrites });
    database = sqlite;
    runner = (ctx, handlers) => createEmbeddedRunner({ db: sqlite, ctx, handlers, ...o.runnerOptions });
  }
  if (o.jobThread && !inMemory(config.DATABASE_URL)) {
    const entry = new URL('./job-thread.ts', import.meta.url);
    runner = (ctx) => createThreadRunner({ entry, metrics: ctx.metrics, logger: ctx.logger });
  }
  const tokens = await tokenSettings(config, dataDir, o.keys, logger);
  const signingJwk = await loadOrCreateKey(config.SIGNING_KEY_FILE ?? join(dataDir, 'signing-key.jwk.json'));
  const pseudonymSecret =
    config.PSEUDONYM_KEY ?? ((await loadOrCreateKey(join(dataDir, 'pseudonym-key.jwk.json'))).d as string);
  // Dev mode only (config refuses production without SESSION_SECRET when staff login is on): kept like the other keys.
  const sessionSecret =
    config.SESSION_SECRET ??
    (config.NODE_ENV === 'production' ? undefined : (await loadOrCreateKey(join(dataDir, 'session-key.jwk.json'))).d);
  return {
    database,
    logger,
    documents: documentRenderer,
    anchor: o.anchor ?? createAuditAnchors(config, dataDir),
    signingJwk,
    pseudonymSecret,
    sessionSecret,
    tokens,
    runner,
  };
}

async function tokenSettings(
  config: Config,
  dataDir: string,
  keys: JWTVerifyGetKey | undefined,
  logger: Platform['logger'],
) {
  const issuer = config.AUTH_ISSUER ?? DEV_ISSUER;
  const audience = config.AUTH_AUDIENCE ?? DEV_AUDIENCE;
  if (keys) return { keys, issuer, audience };
  if (config.AUTH_JWKS_URL) return { keys: remoteKeys(config.AUTH_JWKS_URL), issuer, audience };
  if (config.AUTH_JWKS_FILE)
    return { keys: localKeys(JSON.parse(readFileSync(config.AUTH_JWKS_FILE, 'utf8'))), issuer, audience };
  if (!isDevAuth(config)) throw new Error('AUTH_JWKS_URL or AUTH_JWKS_FILE: required');
  logger.warn({}, 'dev mode: tokens from `npm run token` are accepted; configure AUTH_* for real use');
  return { keys: localKeys(publicJwks(await loadOrCreateKey(devIssuerKeyFile(dataDir)))), issuer, audience };
}
