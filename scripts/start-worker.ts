// npm run start:worker: the service in workerd (`wrangler dev --local`) on a local D1 database, migrated first,
// configured from the environment as contract §1 says. Dev mode (no auth settings): the dev issuer of `npm start`
// (same key in the data directory, so `npm run token` works), the fake BRP, and the demo data on a first start.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_MUNICIPALITIES, demoEvents } from '../adapters/brp/demo-events.ts';
import { type Config, ConfigError, ConfigSchema, loadConfig } from '../src/config.ts';
import { devIssuerKeyFile, loadOrCreateKey, mintToken, publicJwks } from '../src/dev-issuer.ts';
import { dataDirOf } from '../src/platform/node.ts';
import { toDotenv, WorkerEnvError, workerEnv } from './worker-env.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const wranglerBin = join(root, 'node_modules/.bin/wrangler');
// No telemetry, no error reports, and no fetch of the Request.cf placeholder from workers.cloudflare.com: offline.
// The §1 variables reach the Worker only through the env file (wrangler lets its own environment win over it).
const inherited = Object.entries(process.env).filter(([k]) => !(k in ConfigSchema.shape) && k !== 'SIGNING_KEY');
const childEnv = {
  ...Object.fromEntries(inherited),
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};
const env = process.env;
// As in src/config.ts; its directory is the data directory.
const DEFAULT_DATABASE_URL = 'file:./data/vertreksignaal.db';

function wrangler(args: string[]): string {
  const r = spawnSync(wranglerBin, args, { cwd: root, env: { ...childEnv, CI: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

function resolveKeys(dataDir: string) {
  const read = (file?: string) => (file ? readFileSync(file, 'utf8').trim() : undefined);
  const generated = async (name: string) => loadOrCreateKey(join(dataDir, name));
  return {
    authJwks: env.AUTH_JWKS ?? read(env.AUTH_JWKS_FILE),
    devJwks: async () => JSON.stringify(publicJwks(await loadOrCreateKey(devIssuerKeyFile(dataDir)))),
    // The same files as `npm start` (src/platform/node.ts), so both keep one signing key and one pseudonym key.
    signingKey: async () =>
      env.SIGNING_KEY ?? read(env.SIGNING_KEY_FILE) ?? JSON.stringify(await generated('signing-key.jwk.json')),
    pseudonymKey: async () => env.PSEUDONYM_KEY ?? (await generated('pseudonym-key.jwk.json')).d!,
    sessionSecret: async () => (await generated('session-key.jwk.json')).d!,
  };
}

function databaseIsEmpty(persistTo: string): boolean {
  const query = ['--local', '--persist-to', persistTo, '--json', '--command', 'select count(*) as n from events'];
  const out = JSON.parse(wrangler(['d1', 'execute', 'DB', ...query]));
  return Number(out[0]?.results?.[0]?.n ?? 0) === 0;
}

async function seedDemo(url: string, dataDir: string) {
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 120) throw new Error('the Worker did not come up within 60 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  const key = await loadOrCreateKey(devIssuerKeyFile(dataDir));
  const token = await mintToken(key, { sub: 'demo-brp', roles: ['brp-bron'], gemeentecodes: DEMO_MUNICIPALITIES });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/cloudevents-batch+json' };
  const events = demoEvents();
  // One batch, as the Node service takes them in (src/demo.ts).
  const body = JSON.stringify(events);
  const { status } = await fetch(`${url}/api/v1/gebeurtenissen`, { method: 'POST', headers, body });
  const what = status === 202 ? `${events.length} scenarios taken in` : `the batch failed (HTTP ${status})`;
  console.log(`start:worker: demo data: ${what} (DEMO_DATA=false turns this off)`);
}

async function main() {
  const port = env.PORT ?? '8080';
  const dataDir = dataDirOf({
    DATA_DIR: env.DATA_DIR,
    DATABASE_URL: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  } as Config);
  const w = await workerEnv(env, resolveKeys(dataDir));
  loadConfig({ ...w.vars, PORT: port, DATABASE_URL: 'file:d1', RUN_WORKER: 'false' }); // fail fast, as the Worker would
  if (w.devMode)
    console.log('start:worker: dev mode: tokens from `npm run token` are accepted; configure AUTH_* for real use');

  // The local D1 database and the settings file live in the data directory, next to the keys: one directory is
  // one instance. The file holds the keys; wrangler reads it while it runs.
  const persistTo = join(dataDir, 'wrangler');
  mkdirSync(persistTo, { recursive: true });
  const envFile = join(persistTo, 'start-worker.env');
  writeFileSync(envFile, toDotenv(w.vars), { mode: 0o600 });
  process.on('exit', () => rmSync(envFile, { force: true }));
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);
  const seed = w.demoData && databaseIsEmpty(persistTo);

  const args = ['dev', '--local', '--persist-to', persistTo, '--env-file', envFile, '--port', port, '--ip', '0.0.0.0'];
  // Cron triggers do not fire locally: GET /__scheduled runs the scheduled handler (seal, retention, …) once.
  args.push('--test-scheduled');
  const child = spawn(wranglerBin, [...args, '--show-interactive-dev-session=false'], {
    cwd: root,
    env: childEnv,
    stdio: 'inherit',
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  if (seed)
    await seedDemo(`http://127.0.0.1:${port}`, dataDir).catch((e) =>
      console.error(`start:worker: demo data failed: ${(e as Error).message}`),
    );
}

main().catch((err) => {
  console.error(
    err instanceof ConfigError || err instanceof WorkerEnvError
      ? err.message
      : `start:worker failed: ${(err as Error).message}`,
  );
  process.exit(1);
});
