// Use case (scheduled job): remove personal data whose retention period has passed, table by table, on every
// deployment (docs/retention.md lists each rule with its legal basis). Counts and levels stay for the figures.
import { forgetOldIdentities } from '../../store/audit-log.ts';
import { expiredCases, purgeCase } from '../../store/cases.ts';
import { purgeEventsOf, purgeLooseEvents } from '../../store/events.ts';
import { purgeNotificationsOf } from '../../store/notifications.ts';
import { purgeSignal, signalsOfCases } from '../../store/signals.ts';
import { expiredSisRequests, purgeSisRequest } from '../../store/sis-requests.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { countEndedWatchMarkings, deleteEndedWatchMarkings } from '../../store/watch-markings.ts';
import { SYSTEM } from '../actor.ts';
import { PURPOSES } from '../audit/record.ts';
import type { AppContext } from '../context.ts';

const DAY = 86_400_000;

export interface RetentionResult {
  cases: number;
  sisRequests: number;
  watchMarkings: number;
}

export async function purgeExpired(ctx: AppContext, limit = 200): Promise<RetentionResult> {
  const now = ctx.now();
  const long = now - ctx.settings.retentionDays * DAY;
  const short = now - ctx.settings.shortRetentionDays * DAY;
  const shortDate = new Date(short).toISOString().slice(0, 10);
  const cases = await expiredCases(ctx.db, long, limit);
  const ids = cases.map((c) => c.id);
  const sis = await expiredSisRequests(ctx.db, short, limit);
  const markings = await countEndedWatchMarkings(ctx.db, short, shortDate);
  const uow = new UnitOfWork()
    .write(...cases.map((c) => purgeCase(c, now)))
    .write(...purgeNotificationsOf(ids))
    .write(...(await signalsOfCases(ctx.db, ids)).map(purgeSignal))
    .write(...purgeEventsOf(ids), purgeLooseEvents(long))
    .write(...sis.map(purgeSisRequest))
    .write(deleteEndedWatchMarkings(short, shortDate))
    .write(forgetOldIdentities(now - ctx.settings.auditRetentionDays * DAY));
  const counts = { cases: cases.length, sisRequests: sis.length, watchMarkings: markings };
  for (const [what, n] of Object.entries(counts)) {
    if (n)
      uow.record({
        actor: SYSTEM,
        operation: `bewaartermijn-verstreken:${what}:${n}`,
        objectType: what,
        purpose: PURPOSES.retention,
      });
  }
  await ctx.commit(uow);
  if (counts.cases) ctx.metrics.inc('vertreksignaal_purged_cases_total', {}, counts.cases);
  return counts;
}
