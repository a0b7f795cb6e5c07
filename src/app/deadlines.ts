// Use case (scheduled job): how many signals and notifications are past their deadline, as gauges for monitoring,
// so an organisation that falls behind is seen before a child is harmed by the delay.
import { overdueNotifications } from '../store/notifications.ts';
import { overdueSignals } from '../store/signals.ts';
import type { AppContext } from './context.ts';
import { today } from './scope.ts';

export async function checkDeadlines(ctx: AppContext): Promise<{ signals: number; notifications: number }> {
  const [signals, notifications] = await Promise.all([
    overdueSignals(ctx.db, ctx.now()),
    overdueNotifications(ctx.db, today(ctx)),
  ]);
  for (const r of ['ca-ika', 'rvdk-iko', 'ciko'])
    ctx.metrics.set('vertreksignaal_signals_overdue', signals.get(r) ?? 0, { recipient: r });
  let n = 0;
  for (const [municipality, count] of notifications) {
    ctx.metrics.set('vertreksignaal_notifications_overdue', count, { gemeente: municipality });
    n += count;
  }
  const s = [...signals.values()].reduce((a, b) => a + b, 0);
  if (s || n) ctx.logger.info({ signalsOverdue: s, notificationsOverdue: n }, 'deadlines passed');
  return { signals: s, notifications: n };
}
