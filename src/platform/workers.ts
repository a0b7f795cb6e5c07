// The Cloudflare Workers platform: D1 with the embedded job runner, keys given inline as secrets (AUTH_JWKS,
// SIGNING_KEY, PSEUDONYM_KEY, SESSION_SECRET), console logs, the audit anchor in a KV namespace (AUDIT_ANCHORS)
// and/or at a receiver (AUDIT_ANCHOR_URL). No node: import here beyond what nodejs_compat provides.
import type { JSONWebKeySet, JWK, JWTVerifyGetKey } from 'jose';
import { createHttpAnchorStore } from '../../adapters/audit-anchor/http.ts';
import { createKvAnchorStore, type KvLike } from '../../adapters/audit-anchor/kv.ts';
import { createMemoryAnchorStore } from '../../adapters/audit-anchor/memory.ts';
import { documentRenderer } from '../../adapters/documents/renderer.ts';
import { createEmbeddedRunner, type EmbeddedRunnerOptions, jobWrites } from '../../adapters/queue/embedded.ts';
import { type D1Like, openD1 } from '../../adapters/store/d1.ts';
import { allAnchorStores } from '../app/audit/anchor.ts';
import { localKeys, remoteKeys } from '../app/auth/verifier.ts';
import type { Logger } from '../app/context.ts';
import type { Platform } from '../compose.ts';
import type { Config } from '../config.ts';
import type { AuditAnchorPort } from '../ports/audit-anchor.ts';

export interface WorkerEnv {
  DB: D1Like;
  SIGNING_KEY: string;
  PSEUDONYM_KEY: string;
  AUTH_JWKS?: string;
  AUDIT_ANCHORS?: KvLike;
  [k: string]: unknown;
}

/** What tests replace (test/workerd/platform.ts): the token keys, the anchor store, the runner's timing. */
export interface WorkersPlatformOptions {
  keys?: JWTVerifyGetKey;
  anchor?: AuditAnchorPort;
  runnerOptions?: Pick<EmbeddedRunnerOptions, 'pollMs' | 'backoffBaseMs' | 'backoffMaxMs'>;
  sessionSecret?: string;
}

// Workers have no stdout stream for pino; console keeps the same structured, personal-data-free fields.
const consoleLogger: Logger = {
  info: (o, m) => console.log(JSON.stringify({ level: 'info', msg: m, ...o })),
  warn: (o, m) => console.warn(JSON.stringify({ level: 'warn', msg: m, ...o })),
  error: (o, m) => console.error(JSON.stringify({ level: 'error', msg: m, ...o })),
};

function anchorStores(config: Config, env: WorkerEnv): AuditAnchorPort {
  const stores = [
    ...(env.AUDIT_ANCHORS ? [createKvAnchorStore(env.AUDIT_ANCHORS)] : []),
    ...(config.AUDIT_ANCHOR_URL ? [createHttpAnchorStore({ url: config.AUDIT_ANCHOR_URL })] : []),
  ];
  if (stores.length === 0) {
    // Without either, tampering with the newest entries goes unnoticed across isolates: say so once per isolate.
    consoleLogger.warn({}, 'audit anchors: neither AUDIT_ANCHORS (KV) nor AUDIT_ANCHOR_URL; anchors kept in memory');
    return createMemoryAnchorStore();
  }
  return stores.length === 1 ? stores[0] : allAnchorStores(stores);
}

export function workersPlatform(config: Config, env: WorkerEnv, o: WorkersPlatformOptions = {}): Platform {
  const database = openD1(env.DB, { jobWrites });
  const keys =
    o.keys ??
    (config.AUTH_JWKS_URL
      ? remoteKeys(config.AUTH_JWKS_URL)
      : localKeys(JSON.parse(env.AUTH_JWKS ?? '{"keys":[]}') as JSONWebKeySet));
  return {
    database,
    logger: consoleLogger,
    documents: documentRenderer,
    anchor: o.anchor ?? anchorStores(config, env),
    signingJwk: JSON.parse(env.SIGNING_KEY) as JWK,
    pseudonymSecret: env.PSEUDONYM_KEY,
    sessionSecret: o.sessionSecret,
    tokens: { keys, issuer: config.AUTH_ISSUER ?? '', audience: config.AUTH_AUDIENCE ?? '' },
    // Isolates share D1: a job still active belongs to another isolate until its lock expires. No job outlives the
    // 30 s an isolate has after its answer, so a lock of a minute frees the jobs of an isolate that was cut off.
    runner: (ctx, handlers) =>
      createEmbeddedRunner({ db: database, ctx, handlers, recoverOnStart: false, lockMs: 60_000, ...o.runnerOptions }),
  };
}
