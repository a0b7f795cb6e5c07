// One measurement each, against processes started for it alone and stopped after it: a fresh database per
// measurement, the fake BRP shared (it keeps no state). CPU and memory come from /proc, the rest over HTTP.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { MUNICIPALITIES } from '../adapters/brp/synthetic-persons.ts';
import { progressBars } from '../scripts/replay/progress.ts';
import { type ReplayResult, replay } from '../scripts/replay/replay.ts';
import { syntheticSource } from '../scripts/replay/source.ts';
import { bareSqliteInserts } from './bare-sqlite.ts';
import { type BatchResult, batchLoad, type SingleResult, singleLoad } from './load.ts';
import { dropPgDatabase, freshPgDatabase } from './postgres.ts';
import { cpuMs, machineCpuMs, ownRssBytes, sampleRss } from './proc.ts';
import { type FakeBrpProc, type Proc, ROOT, startBareHono, startService, startWorker } from './processes.ts';

const WARM_REQUESTS = 300;

export interface Settings {
  dir: string;
  brp: FakeBrpProc;
  token: string;
  /** Seconds per load run. */
  seconds: number;
  /** A short warm-up before each load run. */
  warm: boolean;
  /** Shows the replay's progress bars (on a terminal). */
  bars: boolean;
}

/** A brp-bron token from `npm run token`'s script, with the dev issuer key in `dir` (the services use the same). */
export function mintBenchToken(dir: string): string {
  const args = [
    '--import',
    'tsx',
    'scripts/token.ts',
    '--rol',
    'brp-bron',
    '--sub',
    'bench',
    ...MUNICIPALITIES.flatMap((m) => ['--gemeente', m]),
  ];
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dir, NODE_ENV: 'development' },
  });
  if (r.status !== 0) throw new Error(`token: ${r.stderr}`);
  return r.stdout.trim();
}

/** A new database: a SQLite file in the run's directory, or a fresh PostgreSQL database on `pg`. */
async function database(s: Settings, pg?: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (!pg) return { url: `file:${join(mkdtempSync(join(s.dir, 'db-')), 'vs.db')}`, drop: async () => undefined };
  const url = await freshPgDatabase(pg, 'bench');
  return { url, drop: () => dropPgDatabase(pg, url) };
}

/** Runs `fn` with processes that are stopped afterwards, whatever happens. */
async function using<T>(procs: Proc[], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
  }
}

export async function bareHono(s: Settings): Promise<SingleResult> {
  const server = await startBareHono(s.dir);
  return using([server], async () => {
    if (s.warm) await singleLoad(`${server.url}/x`, { amount: 5 * WARM_REQUESTS, firstFamily: 900_000, runId: 'warm' });
    return singleLoad(`${server.url}/x`, { seconds: s.seconds, firstFamily: 600_000, runId: 'bare' });
  });
}

export type Measured<T> = T & { cpuMs: number };

export async function single(s: Settings, label: string, pg?: string): Promise<Measured<SingleResult>> {
  const db = await database(s, pg);
  const service = await startService({ dir: s.dir, databaseUrl: db.url, brpUrl: s.brp.url, runWorker: true, label });
  const url = `${service.url}/api/v1/gebeurtenissen`;
  return using([service], async () => {
    // A short warm-up (JIT, connections); its events are worked off during the measurement, as a stream would be.
    if (s.warm) await singleLoad(url, { token: s.token, amount: WARM_REQUESTS, firstFamily: 900_000, runId: 'warm' });
    const cpu0 = cpuMs([service.pid]);
    const r = await singleLoad(url, { token: s.token, seconds: s.seconds, firstFamily: 600_000, runId: 'single' });
    return { ...r, cpuMs: cpuMs([service.pid]) - cpu0 };
  }).finally(() => db.drop());
}

export async function batch(s: Settings, label: string, pg?: string): Promise<BatchResult> {
  const db = await database(s, pg);
  const service = await startService({ dir: s.dir, databaseUrl: db.url, brpUrl: s.brp.url, runWorker: true, label });
  return using([service], async () => {
    if (s.warm) await batchLoad(service.url, { token: s.token, seconds: 0.3, firstFamily: 900_000, runId: 'warm' });
    return batchLoad(service.url, { token: s.token, seconds: s.seconds, firstFamily: 300_000, runId: 'batch' });
  }).finally(() => db.drop());
}

export function bareSqlite(s: Settings, rows: number): number {
  return bareSqliteInserts(mkdtempSync(join(s.dir, 'bare-')), rows);
}

export interface EndToEnd {
  replay: ReplayResult;
  /** Assessed events per second: all of them when all were done, else those done by the timeout (a lower bound). */
  rate: number;
  assessed: number;
  cpuMs: number;
  brpRequests: number;
  /** Resident memory of the largest service process: when the replay starts, and the most during it. */
  rssIdleMb: number;
  rssMaxMb: number;
  /** The same for all service processes and their children together. */
  rssTreeMaxMb: number;
  /** Cores kept busy on average during the replay: by the API process, by each worker, by the whole machine. */
  cores: { api: number; workers: number[]; machine: number };
}

/**
 * A replay of `events` synthetic events: with `workers` 0 the service works its own queue (as `npm start`), else
 * the API runs without a worker and `workers` worker processes do the jobs (as `npm run workers`).
 */
export async function endToEnd(
  s: Settings,
  label: string,
  o: { events: number; timeoutS: number; workers: number; pg?: string },
): Promise<EndToEnd> {
  const db = await database(s, o.pg);
  const opts = { dir: s.dir, databaseUrl: db.url, brpUrl: s.brp.url, runWorker: o.workers === 0, label };
  const api = await startService(opts);
  const procs: Proc[] = [api];
  return using(procs, async () => {
    for (let i = 0; i < o.workers; i++) procs.push(await startWorker(opts, i));
    const pids = procs.map((p) => p.pid);
    const [cpu0, brp0] = [cpuMs(pids), await s.brp.answered()];
    const [each0, machine0, t0] = [pids.map((p) => cpuMs([p])), machineCpuMs(), performance.now()];
    const rssIdleMb = Math.max(...pids.map(ownRssBytes)) / 1024 / 1024;
    const rss = sampleRss(pids);
    const view = s.bars ? progressBars() : undefined;
    const source = syntheticSource(o.events, { runId: label });
    const r = await replay({
      url: api.url,
      token: s.token,
      source,
      timeoutMs: o.timeoutS * 1000,
      onProgress: view?.update,
    }).finally(() => view?.stop());
    const { maxMb, treeMaxMb } = rss.stop();
    const ms = performance.now() - t0;
    const each = pids.map((p, i) => (cpuMs([p]) - each0[i]) / ms);
    const cores = { api: each[0], workers: each.slice(1), machine: (machineCpuMs().busy - machine0.busy) / ms };
    const assessed = r.assessedAll
      ? r.tally.accepted
      : Math.max(0, r.tally.accepted - (r.pendingAtEnd ?? r.tally.accepted));
    const seconds = r.endToEndSeconds ?? r.intakeSeconds;
    return {
      replay: r,
      rate: assessed / seconds,
      assessed,
      cpuMs: cpuMs(pids) - cpu0,
      brpRequests: (await s.brp.answered()) - brp0,
      rssIdleMb,
      rssMaxMb: maxMb,
      rssTreeMaxMb: treeMaxMb,
      cores,
    };
  }).finally(() => db.drop());
}
