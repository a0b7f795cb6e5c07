// Cloudflare Workers entry: the same app on D1. Jobs live in the D1 jobs table; they run right after the request
// that enqueued them (waitUntil) and every minute from the cron trigger, as a backstop after failures.
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import type { Deps } from './deps.ts';
import { openD1 } from '../adapters/store/d1.ts';
import { createEmbeddedRunner } from '../adapters/queue/embedded.ts';
import { createHandlers } from './jobs/handlers.ts';
import { createTokenVerifier, localKeys, remoteKeys } from './http/auth/verifier.ts';
import { createSigner } from './signing.ts';
import { createPseudonymizer } from './audit/pseudonym.ts';
import { createMetrics } from './metrics.ts';
import { createHaalCentraalClient } from '../adapters/brp/http-client.ts';
import { createFakeBrp } from '../adapters/brp/fake.ts';
import { createStubBerichtenbox } from '../adapters/berichtenbox/stub.ts';
import { createStubPost } from '../adapters/post/stub.ts';
import { createStubSis } from '../adapters/sis/stub.ts';
import { createHttpWebhook } from '../adapters/webhook/http.ts';
import type { JobRunner } from './jobs/runner.ts';
import type { Logger } from './log.ts';

interface Env {
  DB: Parameters<typeof openD1>[0];
  SIGNING_KEY: string;
  PSEUDONYM_KEY: string;
  AUTH_JWKS?: string;
  [k: string]: unknown;
}

// Workers have no stdout stream for pino; console keeps the same structured, personal-data-free fields.
const consoleLogger = {
  info: (o: object, m?: string) => console.log(JSON.stringify({ level: 'info', msg: m, ...o })),
  warn: (o: object, m?: string) => console.warn(JSON.stringify({ level: 'warn', msg: m, ...o })),
  error: (o: object, m?: string) => console.error(JSON.stringify({ level: 'error', msg: m, ...o })),
} as unknown as Logger;

let cached: Promise<{ app: ReturnType<typeof createApp>; runner: JobRunner }> | null = null;

async function build(env: Env) {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const config = loadConfig({ ...strings, DATABASE_URL: 'file:d1', RUN_WORKER: 'false' });
  const database = openD1(env.DB);
  const keys = config.AUTH_JWKS_URL ? remoteKeys(config.AUTH_JWKS_URL) : localKeys(JSON.parse(env.AUTH_JWKS ?? '{"keys":[]}'));
  let runner: JobRunner | null = null;
  const deps: Deps = {
    config,
    database,
    brp: config.BRP_API_URL ? createHaalCentraalClient({ baseUrl: config.BRP_API_URL, apiKey: config.BRP_API_KEY }) : createFakeBrp(),
    verifier: createTokenVerifier({ issuer: config.AUTH_ISSUER ?? '', audience: config.AUTH_AUDIENCE ?? '', keys }),
    pseudonyms: await createPseudonymizer(env.PSEUDONYM_KEY),
    signer: await createSigner(JSON.parse(env.SIGNING_KEY)),
    logger: consoleLogger,
    metrics: createMetrics(),
    berichtenbox: createStubBerichtenbox(),
    post: createStubPost(),
    sis: createStubSis(),
    webhook: createHttpWebhook(),
    now: Date.now,
    poke: () => undefined,
  };
  runner = createEmbeddedRunner({ database, handlers: createHandlers(deps), logger: consoleLogger, now: Date.now, recoverOnStart: false });
  return { app: createApp(deps), runner };
}

export default {
  async fetch(request: Request, env: Env, ctx: { waitUntil(p: Promise<unknown>): void }) {
    cached ??= build(env);
    const { app, runner } = await cached;
    const res = await app.fetch(request);
    if (request.method !== 'GET') ctx.waitUntil(runner.drain({ timeoutMs: 25_000 }).catch(() => undefined));
    return res;
  },
  async scheduled(_event: unknown, env: Env, ctx: { waitUntil(p: Promise<unknown>): void }) {
    cached ??= build(env);
    const { runner } = await cached;
    ctx.waitUntil(runner.drain({ timeoutMs: 25_000 }).catch(() => undefined));
  },
};
