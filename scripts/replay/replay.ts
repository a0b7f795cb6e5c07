// A replay: post every event of a source in batches, then wait until the service has assessed them all, as seen
// from outside through its pending-jobs gauge. Used by `npm run replay` and by the benchmark's end-to-end figure.

import { emptyTally, postBatches, type Tally } from './poster.ts';
import { pendingAssessments } from './service-metrics.ts';
import { batches, type EventSource } from './source.ts';

export interface ReplayOptions {
  url: string;
  token: string;
  source: EventSource;
  batchSize?: number;
  inFlight?: number;
  /** false: return once everything is posted. */
  wait?: boolean;
  /** Gives up waiting for the assessments after this long (from the first post). */
  timeoutMs?: number;
  pollMs?: number;
  onProgress?: (p: ReplayProgress) => void;
}

export interface ReplayProgress {
  phase: 'intake' | 'assessment' | 'done';
  total: number;
  tally: Tally;
  /** Assessments still to do, as the service last said; undefined before the first reading or without the gauge. */
  pending?: number;
  elapsedMs: number;
}

export interface ReplayResult {
  total: number;
  tally: Tally;
  intakeSeconds: number;
  /** Events posted per second (accepted, duplicate and refused alike). */
  intakeRate: number;
  /** True when the service published no pending-jobs gauge: nothing could be waited for. */
  gaugeMissing: boolean;
  assessedAll: boolean;
  pendingAtEnd?: number;
  /** From the first post until nothing was pending (or until the timeout). */
  endToEndSeconds?: number;
  /** Accepted events per second, end to end; only when all were assessed. */
  endToEndRate?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function replay(o: ReplayOptions): Promise<ReplayResult> {
  const started = performance.now();
  const deadline = started + (o.timeoutMs ?? 600_000);
  const tally = emptyTally();
  let pending: number | undefined;
  let phase: ReplayProgress['phase'] = 'intake';
  const report = () =>
    o.onProgress?.({ phase, total: o.source.total, tally, pending, elapsedMs: performance.now() - started });

  // While posting, read the gauge once a second for the progress bar (not more: it is a count over the job table).
  let polling = true;
  let wake = () => {};
  const poller = (async () => {
    while (polling) {
      pending = (await pendingAssessments(o.url)) ?? pending;
      report();
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 1000);
      });
    }
  })();
  await postBatches(
    { url: o.url, token: o.token, inFlight: o.inFlight ?? 4, onBatch: report },
    batches(o.source.events(), o.batchSize ?? 100),
    tally,
  );
  const intakeSeconds = (performance.now() - started) / 1000;
  polling = false;
  wake();
  await poller;
  const result: ReplayResult = {
    total: o.source.total,
    tally,
    intakeSeconds,
    intakeRate: tally.posted / intakeSeconds,
    gaugeMissing: false,
    assessedAll: false,
  };
  if (o.wait === false || tally.accepted === 0) {
    phase = 'done';
    report();
    return { ...result, assessedAll: tally.accepted === 0 };
  }

  phase = 'assessment';
  for (;;) {
    const now = await pendingAssessments(o.url);
    if (now === undefined) {
      result.gaugeMissing = true;
      break;
    }
    pending = now;
    report();
    if (now === 0) {
      result.assessedAll = true;
      break;
    }
    if (performance.now() >= deadline) break;
    await sleep(o.pollMs ?? 200);
  }
  const seconds = (performance.now() - started) / 1000;
  phase = 'done';
  report();
  return {
    ...result,
    pendingAtEnd: pending,
    endToEndSeconds: result.gaugeMissing ? undefined : seconds,
    endToEndRate: result.assessedAll ? tally.accepted / seconds : undefined,
  };
}
