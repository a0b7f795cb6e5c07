// Cloudflare Workers entry: the same app on D1. Jobs live in the D1 jobs table; they run right after the request that
// enqueued them (waitUntil), and the cron trigger schedules the periodic work (seal and anchor the logboek, retention,
// deadlines, SIS news) and drains as a backstop: after failures, and for what a request's drain left when its time
// was up (D1 takes one statement at a time, so a batch of hundreds of events takes longer than one drain).

import { createHaalCentraalClient } from '../adapters/brp/http-client.ts';
import { createApp } from './app.ts';
import { compose, type Runtime } from './compose.ts';
import { ConfigError, loadConfig } from './config.ts';
import { type WorkerEnv, workersPlatform } from './platform/workers.ts';
import { errorReason } from './ports/jobs.ts';

interface ExecutionContext {
  waitUntil(p: Promise<unknown>): void;
}

/** A drain's share of the 30 s that Workers keep an isolate alive after the answer (waitUntil). */
const DRAIN_MS = 25_000;

let cached: Promise<{ app: ReturnType<typeof createApp>; runtime: Runtime }> | null = null;

async function build(env: WorkerEnv) {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string'));
  const config = loadConfig({ ...strings, DATABASE_URL: 'file:d1', RUN_WORKER: 'false' });
  // Requests in one isolate must not wait on each other's I/O: workerd cancels a request whose only pending work is
  // another request's promise. So no coalescing of BRP lookups across jobs here (compose does that on Node).
  const brp = config.BRP_API_URL
    ? createHaalCentraalClient({ baseUrl: config.BRP_API_URL, apiKey: config.BRP_API_KEY })
    : undefined;
  const runtime = await compose(config, workersPlatform(config, env), { brp });
  return { app: createApp({ runtime }), runtime };
}

/** Built once per isolate; a failed build (a bad setting) is logged by name and tried again on the next event. */
function built(env: WorkerEnv) {
  cached ??= build(env).catch((err) => {
    cached = null;
    const msg = err instanceof ConfigError ? err.message : 'start-up failed';
    console.error(JSON.stringify({ level: 'error', msg, reason: errorReason(err) }));
    throw err;
  });
  return cached;
}

function drain(runtime: Runtime): Promise<void> {
  return runtime.runner.drain({ timeoutMs: DRAIN_MS }).catch((err) => {
    const { logger } = runtime.ctx;
    if ((err as Error)?.message === 'drain timed out') logger.info({}, 'jobs left for the next request or cron run');
    else logger.warn({ reason: errorReason(err) }, 'job drain failed');
  });
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    const { app, runtime } = await built(env);
    const res = await app.fetch(request);
    if (request.method !== 'GET') ctx.waitUntil(drain(runtime));
    return res;
  },
  async scheduled(_event: unknown, env: WorkerEnv, ctx: ExecutionContext) {
    const { runtime } = await built(env);
    ctx.waitUntil(
      runtime.schedule().then(
        () => drain(runtime),
        (err) => runtime.ctx.logger.error({ reason: errorReason(err) }, 'scheduling the periodic jobs failed'),
      ),
    );
  },
};
