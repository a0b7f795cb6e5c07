// npm run bench [-- --quick] [-- --compare [PATH]] [-- --no-pg]: the service measured as deployed, from outside.
// The service runs in its own process as `npm start` runs it (job worker on), the fake BRP in another
// (`npm run fake-brp`, over HTTP), the load from this process. Each figure sits next to a reference measured in the
// same run (bare Hono on the same Node; bare node:sqlite inserts of the same rows) and its target from issue 16.
// PostgreSQL adds a column when BENCH_PG_URL or a local server answers. Writes bench/results/latest.json (the
// one before becomes previous.json); --compare prints the change against previous.json or PATH.
// --quick: about a second per figure and a small replay, to prove the bench still runs (CI smoke test).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { figuresOf } from './figures.ts';
import { bareHono, bareSqlite, batch, endToEnd, mintBenchToken, type Settings, single } from './phases.ts';
import { findPostgres } from './postgres.ts';
import { ROOT, startFakeBrp } from './processes.ts';
import { type BenchResults, renderComparison, renderTable } from './table.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const argValue = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : undefined;
};
const quick = flag('--quick');
const env = (name: string, full: number, short: number) => (quick ? short : Number(process.env[name] ?? full));
const outDir = resolve(argValue('--out') ?? join(ROOT, 'bench/results'));
const E2E_EVENTS = env('BENCH_E2E_EVENTS', 50_000, 1_000);
const PG_E2E_EVENTS = env('BENCH_PG_E2E_EVENTS', 10_000, 500);

/** The PostgreSQL column: the same phases against a server, and the worker scale-out. */
async function postgresColumn(s: Settings, pgUrl: string) {
  const timeoutS = env('BENCH_PG_E2E_TIMEOUT', 40, 60);
  log('single-event intake, PostgreSQL');
  const pgSingle = await single(s, 'pg-single', pgUrl);
  log('batch intake, PostgreSQL');
  const pgBatch = await batch(s, 'pg-batch', pgUrl);
  log(`end to end, PostgreSQL, 1 worker process: ${PG_E2E_EVENTS.toLocaleString('en-US')} events`);
  const one = await endToEnd(s, 'pg-e2e-1', { events: PG_E2E_EVENTS, timeoutS, workers: 1, pg: pgUrl });
  log('end to end, PostgreSQL, 2 worker processes');
  const two = await endToEnd(s, 'pg-e2e-2', { events: PG_E2E_EVENTS, timeoutS, workers: 2, pg: pgUrl });
  return { single: pgSingle, batch: pgBatch, one, two };
}

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'vs-bench-'));
const log = (s: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}`);
const brp = await startFakeBrp(dir);
let ok = false;
try {
  const s: Settings = {
    dir,
    brp,
    token: mintBenchToken(dir),
    seconds: env('BENCH_SECONDS', 5, 1),
    warm: !quick,
    bars: !!process.stderr.isTTY,
  };
  const note = quick ? ' · QUICK: figures not comparable' : '';
  console.log(
    `vertreksignaal bench · node ${process.version} · ${availableParallelism()} cores · ${s.seconds} s per load${note}`,
  );
  log('bare Hono');
  const hono = await bareHono(s);
  log('single-event intake, SQLite');
  const sqliteSingle = await single(s, 'sqlite-single');
  log('bare node:sqlite inserts');
  const bare = bareSqlite(s, env('BENCH_BARE_ROWS', 30_000, 2_000));
  log('batch intake, SQLite');
  const sqliteBatch = await batch(s, 'sqlite-batch');
  log(`end to end, SQLite: replay of ${E2E_EVENTS.toLocaleString('en-US')} synthetic events`);
  const sqliteE2e = await endToEnd(s, 'sqlite-e2e', {
    events: E2E_EVENTS,
    timeoutS: env('BENCH_E2E_TIMEOUT', 90, 60),
    workers: 0,
  });

  const pgUrl = flag('--no-pg') ? undefined : await findPostgres();
  const pg = pgUrl ? await postgresColumn(s, pgUrl) : undefined;
  if (!pgUrl) console.log('(no PostgreSQL column: --no-pg, or no server at BENCH_PG_URL / 127.0.0.1:5432)');

  const results: BenchResults = {
    version: 1,
    at: new Date().toISOString(),
    node: process.version,
    cores: availableParallelism(),
    quick,
    seconds: (performance.now() - started) / 1000,
    figures: figuresOf({
      hono,
      sqliteSingle,
      bare,
      sqliteBatch,
      sqliteE2e,
      e2eEvents: E2E_EVENTS,
      cores: availableParallelism(),
      pg,
    }),
  };
  console.log(`\n${renderTable(results.figures)}\n`);
  mkdirSync(outDir, { recursive: true });
  const latest = join(outDir, 'latest.json');
  if (existsSync(latest)) renameSync(latest, join(outDir, 'previous.json'));
  writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written ${latest}; total ${results.seconds.toFixed(0)} s`);
  if (flag('--compare')) {
    const against = resolve(argValue('--compare') ?? join(outDir, 'previous.json'));
    if (existsSync(against))
      console.log(
        `\ncompared with ${against}:\n${renderComparison(JSON.parse(readFileSync(against, 'utf8')), results)}`,
      );
    else console.log(`\nnothing to compare with: ${against} does not exist (it is kept from the run before)`);
  }
  ok = true;
} finally {
  await brp.stop();
  if (ok) rmSync(dir, { recursive: true, force: true });
  else console.error(`bench failed; logs kept in ${dir}`);
}
process.exit(0);
