// The processes a benchmark run talks to, each started as it runs when deployed: the service as `npm start` runs
// it, job workers as `npm run workers` starts them, the fake BRP as `npm run fake-brp`, and a bare Hono server.
// Their output goes to log files in the run's directory; only HTTP, signals and /proc are used to observe them.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SERVICE_ENV, SERVICE_NODE_FLAGS } from '../scripts/service-flags.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The file `npm start` runs (package.json: "start": "node FLAGS --import tsx FILE"), started here the same way. */
export function serviceEntry(): string {
  const start: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const m = /^(?:[A-Z_]+=\S+ )*node (?:--\S+ )*--import tsx (\S+)$/.exec(start.trim());
  if (!m) throw new Error(`cannot read the entry point from "start": "${start}"`);
  return m[1];
}

let nextPort = 0;
/** A free port: from BENCH_PORTS (e.g. 9170-9199) when set, else one the system picks. */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS ?? '');
  const tryPort = (p: number) =>
    new Promise<number | undefined>((resolve) => {
      const s = createServer().once('error', () => resolve(undefined));
      s.listen(p, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
  if (!range) return (await tryPort(0))!;
  const [lo, hi] = [Number(range[1]), Number(range[2])];
  for (let i = 0; i <= hi - lo; i++) {
    const p = lo + (nextPort++ % (hi - lo + 1));
    if (await tryPort(p)) return p;
  }
  throw new Error(`no free port in BENCH_PORTS=${process.env.BENCH_PORTS}`);
}

export interface Proc {
  name: string;
  pid: number;
  child: ChildProcess;
  log: string;
  stop(): Promise<void>;
}

function start(name: string, script: string, env: Record<string, string>, log: string, pipeStdout = false): Proc {
  const fd = openSync(log, 'a');
  // BENCH_NODE_FLAGS adds flags to every process started here (e.g. --cpu-prof --cpu-prof-dir=DIR for a profile).
  const extra = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...extra, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...SERVICE_ENV, ...env },
    stdio: ['ignore', pipeStdout ? 'pipe' : fd, fd],
  });
  closeSync(fd);
  return {
    name,
    pid: child.pid!,
    child,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

const tail = (file: string) => readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');

/** Waits until `url` answers 200, or fails with the end of the process's log when it exits or takes too long. */
async function ready(p: Proc, url: string, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (p.child.exitCode !== null) throw new Error(`${p.name} exited ${p.child.exitCode}:\n${tail(p.log)}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  await p.stop();
  throw new Error(`${p.name} not ready after ${timeoutMs / 1000} s:\n${tail(p.log)}`);
}

export interface ServiceOptions {
  dir: string;
  databaseUrl: string;
  brpUrl: string;
  runWorker: boolean;
  label: string;
}

/** Env of every service process: dev auth (keys in `dir`), the BRP over HTTP, no demo data, no intake throttle. */
const serviceEnv = (o: ServiceOptions) => ({
  DATA_DIR: o.dir,
  DATABASE_URL: o.databaseUrl,
  BRP_API_URL: o.brpUrl,
  DEMO_DATA: 'false',
  NODE_ENV: 'development',
  // The bench measures the service, not its per-sender throttle (which would cap single intake at 1,000 req/s).
  INTAKE_RATE_PER_MINUTE: '100000000',
});

export async function startService(o: ServiceOptions): Promise<Proc & { url: string }> {
  const port = await freePort();
  const p = start(
    `service (${o.label})`,
    serviceEntry(),
    { ...serviceEnv(o), PORT: String(port), RUN_WORKER: String(o.runWorker) },
    join(o.dir, `${o.label}.log`),
  );
  const url = `http://127.0.0.1:${port}`;
  await ready(p, `${url}/health/ready`);
  return { ...p, url };
}

/** A job worker without HTTP, as scripts/workers.ts starts each; ready once its log says so (or after 30 s). */
export async function startWorker(o: ServiceOptions, index: number): Promise<Proc> {
  const log = join(o.dir, `${o.label}-worker-${index}.log`);
  const p = start(
    `worker ${index}`,
    serviceEntry(),
    { ...serviceEnv(o), SERVE_HTTP: 'false', RUN_WORKER: 'true', WORKER_INDEX: String(index) },
    log,
  );
  const until = Date.now() + 30_000;
  while (Date.now() < until && !/worker running/.test(readFileSync(log, 'utf8'))) {
    if (p.child.exitCode !== null) throw new Error(`worker exited ${p.child.exitCode}:\n${tail(log)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return p;
}

export interface FakeBrpProc extends Proc {
  url: string;
  /** Requests the fake BRP has answered so far (asked with SIGUSR2). */
  answered(): Promise<number>;
}

export async function startFakeBrp(dir: string): Promise<FakeBrpProc> {
  const port = await freePort();
  const p = start(
    'fake BRP',
    'adapters/brp/fake-server.main.ts',
    { PORT: String(port) },
    join(dir, 'fake-brp.log'),
    true,
  );
  const lines = createInterface({ input: p.child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  const url = await Promise.race([
    next(),
    new Promise<string>((_, reject) => setTimeout(() => reject(new Error('fake BRP did not start')), 60_000)),
  ]);
  return {
    ...p,
    url: url.trim(),
    async answered() {
      const line = next();
      p.child.kill('SIGUSR2');
      return JSON.parse(await line).answered as number;
    },
  };
}

/** The reference server: Hono on the same Node, answering a POST with a small JSON body, nothing else. */
export async function startBareHono(dir: string): Promise<Proc & { url: string }> {
  const port = await freePort();
  const p = start('bare Hono', 'bench/bare-hono.ts', { PORT: String(port) }, join(dir, 'bare-hono.log'));
  const url = `http://127.0.0.1:${port}`;
  await ready(p, `${url}/health`);
  return { ...p, url };
}
