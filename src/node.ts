// Node entry point: validated config, the Node platform, the composition root, the HTTP server, the job runner and its
// schedule, graceful shutdown.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { compose, type Runtime } from './compose.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { demoStaffActions, seedDemoData, wantsDemoData } from './demo.ts';
import { SCHEDULE } from './jobs/handlers.ts';
import { nodePlatform } from './platform/node.ts';

async function main() {
  const config = loadConfig(process.env);
  // An API instance that also works the queue does so in a thread of its own, so neither starves the other.
  const jobThread = config.JOB_THREAD === 'true' && config.RUN_WORKER === 'true' && config.SERVE_HTTP === 'true';
  const runtime = await compose(config, await nodePlatform(config, { jobThread }));
  const { logger } = runtime.ctx;
  const database = config.DATABASE_URL.startsWith('postgres') ? 'postgres' : 'sqlite';
  const timers = config.RUN_WORKER === 'true' ? startWorker(runtime) : [];
  // The demo's assessments and the first requests find the job thread running, as they would an in-process runner.
  await runtime.runner.ready?.();
  const stop = async () => {
    for (const t of timers) clearInterval(t);
    await runtime.close();
  };
  if (config.SERVE_HTTP === 'true' && wantsDemoData(config)) await takeInDemoData(config, runtime);
  if (config.SERVE_HTTP === 'false') {
    logger.info({ database }, 'vertreksignaal worker running');
    for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stop().then(() => process.exit(0)));
    return;
  }
  serveHttp(config, runtime, database, stop);
}

/** Starts the job runner and the schedule; returns the schedule's timers. */
function startWorker(runtime: Runtime): ReturnType<typeof setInterval>[] {
  const timers: ReturnType<typeof setInterval>[] = [];
  runtime.runner.start();
  // Periodic work goes through the queue with one id per time slot, so several instances schedule it once.
  for (const s of SCHEDULE)
    timers.push(setInterval(() => runtime.schedule([s.queue]).catch(() => undefined), s.everyMs));
  for (const t of timers) t.unref();
  return timers;
}

async function takeInDemoData(config: Config, runtime: Runtime): Promise<void> {
  const { logger } = runtime.ctx;
  const n = await seedDemoData(runtime.ctx);
  if (n) logger.info({ scenarios: n }, 'demo data taken in (fake BRP, dev mode; DEMO_DATA=false turns this off)');
  // The staff actions wait for the assessments, in the background: the service answers meanwhile.
  if (n && config.RUN_WORKER === 'true') {
    const settle = () => runtime.runner.drain({ timeoutMs: 120_000 });
    settle()
      .then(() => demoStaffActions(runtime.ctx, settle))
      .then(() => logger.info({}, 'demo staff actions recorded'))
      .catch((err: Error) => logger.warn({ reason: err.name }, 'demo staff actions not recorded'));
  }
}

/** The HTTP server, closed gracefully on SIGTERM or SIGINT (and ended regardless after 30 seconds). */
function serveHttp(config: Config, runtime: Runtime, database: string, stop: () => Promise<void>): void {
  const { logger } = runtime.ctx;
  const app = createApp({ runtime, docsScript: loadDocsScript() });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '0.0.0.0' }, (info) => {
    logger.info(
      { port: info.port, database, brp: config.BRP_API_URL ? 'haal-centraal' : 'fake' },
      'vertreksignaal listening',
    );
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close(() => stop().then(() => process.exit(0)));
    setTimeout(() => process.exit(1), 30_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** The API reference's script, served locally: the docs page must work without internet. */
function loadDocsScript(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return readFileSync(require.resolve('@scalar/api-reference/browser/standalone.js'), 'utf8');
  } catch {
    return undefined;
  }
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  // Type and code only: a driver's message can quote the values of a failed statement.
  else console.error('start-up failed:', (err as Error).name, codeOf(err) ?? '');
  process.exit(1);
});

/** The machine-readable code of an error (errno, SQLSTATE), also from a wrapped or aggregated one. */
function codeOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof e?.code === 'string') return e.code;
  return (e?.cause ? codeOf(e.cause) : undefined) ?? (e?.errors?.length ? codeOf(e.errors[0]) : undefined);
}
