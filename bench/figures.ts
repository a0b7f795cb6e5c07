// The figures of one run with their references and the targets of issue 16.
import type { BatchResult, SingleResult } from './load.ts';
import type { EndToEnd, Measured } from './phases.ts';
import { type Figure, num, ratioOf } from './table.ts';

export interface Measurements {
  hono: SingleResult;
  sqliteSingle: Measured<SingleResult>;
  bare: number;
  sqliteBatch: BatchResult;
  sqliteE2e: EndToEnd;
  e2eEvents: number;
  /** Cores of this machine. */
  cores: number;
  pg?: { single: Measured<SingleResult>; batch: BatchResult; one: EndToEnd; two: EndToEnd };
}

const at = (ratio: number | null, min: number) => (ratio === null ? null : ratio >= min);
const latency = (r: SingleResult) => `p50/p99 ${r.p50}/${r.p99} ms`;

function e2eDetail(e: EndToEnd) {
  const r = e.replay;
  const s = num(r.endToEndSeconds ?? r.intakeSeconds);
  if (r.gaugeMissing) return 'no pending-jobs gauge: assessments not observed';
  return r.assessedAll
    ? `${num(r.tally.accepted)} in ${s} s`
    : `only ${num(e.assessed)} of ${num(r.tally.accepted)} assessed after ${s} s`;
}

/** CPU per assessed event: only when all were assessed, else the CPU of the intake of the rest would count too. */
const perEvent = (e: EndToEnd) => (e.replay.assessedAll && e.assessed ? e.cpuMs / e.assessed : null);
const notAll = (e: EndToEnd) => (e.replay.assessedAll ? undefined : 'not all assessed in time');

/** How busy the service and the machine were: on a shared machine, others' load shows in the last number. */
function coresFigure(key: string, label: string, e: EndToEnd, cores: number): Figure {
  const c = e.cores;
  const workers = c.workers.length ? `, workers ${c.workers.map((w) => num(w)).join(' + ')}` : '';
  const service = c.api + c.workers.reduce((a, b) => a + b, 0);
  return {
    key,
    label,
    value: service,
    unit: 'cores',
    detail: `API ${num(c.api)}${workers}; whole machine ${num(c.machine)} of ${cores}`,
  };
}

export function figuresOf(m: Measurements): Figure[] {
  const { hono, sqliteSingle: single, bare, sqliteBatch: batch, sqliteE2e: e2e, pg } = m;
  const singleRatio = ratioOf(single.rps, hono.rps, '%');
  const batchRatio = ratioOf(batch.eventsPerSecond, bare, '%');
  const e2eMet =
    e2e.replay.assessedAll &&
    e2e.rate >= 2500 &&
    (m.e2eEvents < 50_000 || (e2e.replay.endToEndSeconds ?? Infinity) < 30);
  const figures: Figure[] = [
    {
      key: 'single_sqlite',
      label: 'single-event intake, SQLite',
      value: single.rps,
      unit: 'req/s',
      detail: latency(single),
      reference: { label: 'bare Hono', value: hono.rps, unit: 'req/s' },
      ratio: singleRatio,
      target: { text: '≥ 25 %', met: at(singleRatio.value, 0.25) },
    },
    {
      key: 'batch_sqlite',
      label: 'batch intake (100 × 4 in flight), SQLite',
      value: batch.eventsPerSecond,
      unit: 'events/s',
      reference: { label: 'bare node:sqlite', value: bare, unit: 'events/s' },
      ratio: batchRatio,
      target: { text: '≥ 60 %', met: at(batchRatio.value, 0.6) },
    },
    {
      key: 'e2e_sqlite',
      label: 'end to end, SQLite, BRP over HTTP',
      value: e2e.rate,
      unit: 'events/s',
      detail: e2eDetail(e2e),
      target: { text: '≥ 2,500 events/s; 50,000 in < 30 s', met: e2eMet },
    },
    {
      key: 'rss_sqlite',
      label: 'service memory during the replay',
      value: e2e.rssMaxMb,
      unit: 'MB RSS (max)',
      detail: `${num(e2e.rssIdleMb)} MB before it; with child processes ${num(e2e.rssTreeMaxMb)} MB`,
      target: { text: '< 300 MB', met: e2e.rssMaxMb < 300 },
    },
    {
      key: 'cpu_per_request',
      label: 'service CPU per accepted single request',
      value: single.ok ? single.cpuMs / single.ok : null,
      unit: 'ms',
      detail: 'worker on',
    },
    {
      key: 'cpu_per_case',
      label: 'service CPU per assessed event, end to end',
      value: perEvent(e2e),
      unit: 'ms',
      detail: notAll(e2e),
    },
    {
      key: 'brp_per_case',
      label: 'BRP requests per assessed event',
      value: e2e.assessed ? e2e.brpRequests / e2e.assessed : null,
      unit: '',
    },
    coresFigure('cores_sqlite', 'service CPU during the replay, SQLite', e2e, m.cores),
  ];
  if (!pg) return figures;
  const pgSingle = ratioOf(pg.single.rps, single.rps, '×');
  const pgBatch = ratioOf(pg.batch.eventsPerSecond, batch.eventsPerSecond, '×');
  const scale = ratioOf(pg.two.rate, pg.one.rate, '×');
  return [
    ...figures,
    {
      key: 'single_pg',
      label: 'single-event intake, PostgreSQL',
      value: pg.single.rps,
      unit: 'req/s',
      detail: latency(pg.single),
      reference: { label: 'SQLite', value: single.rps, unit: 'req/s' },
      ratio: pgSingle,
      target: { text: '≥ 0.5×', met: at(pgSingle.value, 0.5) },
    },
    {
      key: 'batch_pg',
      label: 'batch intake, PostgreSQL',
      value: pg.batch.eventsPerSecond,
      unit: 'events/s',
      reference: { label: 'SQLite', value: batch.eventsPerSecond, unit: 'events/s' },
      ratio: pgBatch,
      target: { text: '≥ 0.5×', met: at(pgBatch.value, 0.5) },
    },
    {
      key: 'e2e_pg_1',
      label: 'end to end, PostgreSQL, 1 worker process',
      value: pg.one.rate,
      unit: 'events/s',
      detail: e2eDetail(pg.one),
    },
    {
      key: 'e2e_pg_2',
      label: 'end to end, PostgreSQL, 2 worker processes',
      value: pg.two.rate,
      unit: 'events/s',
      detail: e2eDetail(pg.two),
      reference: { label: '1 worker', value: pg.one.rate, unit: 'events/s' },
      ratio: scale,
      target: { text: '≥ 1.6×', met: at(scale.value, 1.6) },
    },
    coresFigure('cores_pg_1', 'CPU during the replay, PostgreSQL, 1 worker', pg.one, m.cores),
    coresFigure('cores_pg_2', 'CPU during the replay, PostgreSQL, 2 workers', pg.two, m.cores),
    {
      key: 'cpu_per_case_pg_1',
      label: 'CPU per assessed event, PostgreSQL, API + 1 worker',
      value: perEvent(pg.one),
      unit: 'ms',
      detail: notAll(pg.one),
    },
    {
      key: 'cpu_per_case_pg_2',
      label: 'CPU per assessed event, PostgreSQL, API + 2 workers',
      value: perEvent(pg.two),
      unit: 'ms',
      detail: notAll(pg.two),
    },
  ];
}
