// Use case: the evaluation figures for CIKO and the privacy officer over a period; no personal data in the answer.
import { statistics } from '../../core/statistics.ts';
import { casesInPeriod } from '../../store/cases.ts';
import { signalsInPeriod } from '../../store/signals.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads } from '../audit/record.ts';
import type { AppContext } from '../context.ts';

export async function readStatistics(ctx: AppContext, actor: Actor, period: { from: string; to: string }) {
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const to = Date.parse(`${period.to}T00:00:00Z`) + 86_400_000;
  const [cases, signals] = await Promise.all([casesInPeriod(ctx.db, from, to), signalsInPeriod(ctx.db, from, to)]);
  await recordReads(ctx, actor, [
    { operation: 'statistieken-lezen', objectType: 'statistieken', purpose: PURPOSES.statistics },
  ]);
  return {
    periode: { van: period.from, tot: period.to },
    ...statistics(
      cases.map((c) => ({
        status: c.status,
        level: c.risk?.niveau ?? null,
        rules: c.risk?.redenen.map((r) => r.regel) ?? [],
      })),
      signals,
      ctx.now(),
    ),
  };
}
