// Node entry point: validated config, migrations, HTTP server, in-process job runner, graceful shutdown.
import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadConfig, ConfigError } from './config.ts';
import { bootstrap } from './bootstrap.ts';
import { createApp } from './app.ts';
import { seedDemoData, wantsDemoData } from './demo.ts';

async function main() {
  const config = loadConfig(process.env);
  const runtime = await bootstrap(config);
  const { deps, runner } = runtime;
  const app = createApp({ ...deps, docsScript: loadDocsScript() });
  if (config.RUN_WORKER === 'true') runner.start();
  if (config.SERVE_HTTP === 'true' && wantsDemoData(config)) {
    const n = await seedDemoData(deps);
    if (n) deps.logger.info({ scenarios: n }, 'demo data taken in (fake BRP, dev mode; DEMO_DATA=false turns this off)');
  }
  if (config.SERVE_HTTP === 'false') {
    deps.logger.info({ database: config.DATABASE_URL.startsWith('postgres') ? 'postgres' : 'sqlite' }, 'vertreksignaal worker running');
    const stop = () => runtime.close().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    return;
  }
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '0.0.0.0' }, (info) => {
    deps.logger.info({ port: info.port, database: config.DATABASE_URL.startsWith('postgres') ? 'postgres' : 'sqlite', brp: config.BRP_API_URL ? 'haal-centraal' : 'fake' }, 'vertreksignaal listening');
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.logger.info({ signal }, 'shutting down');
    server.close(() => runtime.close().then(() => process.exit(0)));
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
