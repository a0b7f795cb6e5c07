// The replay's progress on the terminal: one bar for the intake (rate, ETA, accepted/duplicate/refused), one for
// the assessments behind it (from the service's pending-jobs gauge). Without a terminal, a line every few seconds.
import cliProgress from 'cli-progress';
import type { ReplayProgress } from './replay.ts';

const n = (x: number) => Math.round(x).toLocaleString('en-US');
function duration(seconds: number) {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.ceil(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

export interface ProgressView {
  update(p: ReplayProgress): void;
  stop(): void;
}

export function progressBars(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      barsize: 24,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const intake = bars.create(
    1,
    0,
    {},
    {
      format:
        'intake    {bar} {percentage}% {done}/{all} events | {rate} events/s | ETA {remaining} | ' +
        'accepted {accepted} · duplicate {duplicate} · refused {refused}',
    },
  );
  const assessed = bars.create(
    1,
    0,
    {},
    {
      format:
        'assessed  {bar} {percentage}% {done}/{all} events | pending {pending} | ' +
        '{rate} events/s end to end | {duration_formatted}',
    },
  );
  let intakeSeconds = 0;
  return {
    update(p) {
      const s = Math.max(0.001, p.elapsedMs / 1000);
      const t = p.tally;
      // The intake rate stops with the intake; the assessments go on under their own bar.
      if (p.phase === 'intake') intakeSeconds = s;
      const rate = t.posted / Math.max(0.001, intakeSeconds);
      intake.setTotal(Math.max(1, p.total));
      intake.update(t.posted, {
        done: n(t.posted),
        all: n(p.total),
        rate: n(rate),
        remaining: p.phase === 'intake' ? duration((p.total - t.posted) / rate) : '0s',
        accepted: n(t.accepted),
        duplicate: n(t.duplicate),
        refused: n(t.refused),
      });
      // Each accepted event is one assessment job; what is still pending is not done yet.
      const done = p.pending === undefined ? 0 : Math.max(0, t.accepted - p.pending);
      assessed.setTotal(Math.max(1, t.accepted));
      assessed.update(done, {
        done: n(done),
        all: n(t.accepted),
        pending: p.pending === undefined ? '?' : n(p.pending),
        rate: n(done / s),
      });
    },
    stop: () => bars.stop(),
  };
}
