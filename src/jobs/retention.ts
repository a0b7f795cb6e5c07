// Retention: closed cases older than RETENTION_DAYS lose every personal detail (BSNs, names, custody holders,
// letters' recipients, signal views, raw events). Counts and levels stay for pseudonymous statistics.
import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Ops } from '../db/database.ts';
import { auditInsert, auditRows, PURPOSES, SYSTEM_ACTOR } from '../audit/audit.ts';

export const CLOSED_STATUSES = ['niet-van-toepassing', 'ingetrokken', 'afgesloten'];

export async function purgeExpired(deps: Deps, limit = 500): Promise<Ops> {
  const { db, t } = deps.database;
  const now = deps.now();
  const cutoff = now - deps.config.RETENTION_DAYS * 86_400_000;
  const expired = await db
    .select({ id: t.cases.id, risk: t.cases.risk })
    .from(t.cases)
    .where(and(inArray(t.cases.status, CLOSED_STATUSES), lt(t.cases.updatedAt, cutoff), isNull(t.cases.purgedAt)))
    .limit(limit);
  if (expired.length === 0) return () => [];
  const ids = expired.map((c) => c.id);
  const audit = await auditRows(deps.pseudonyms, [{ actor: SYSTEM_ACTOR, operation: `bewaartermijn-verstreken:${ids.length}`, objectType: 'vertrekmelding', objectId: null, purpose: PURPOSES.retention }], now);
  deps.metrics.inc('vertreksignaal_purged_cases_total', {}, ids.length);
  return (d) => [
    ...expired.map((c) =>
      d.update(t.cases)
        .set({ childBsn: null, declarantBsn: null, child: null, custody: null, departure: null, risk: c.risk ? { niveau: (c.risk as { niveau: string }).niveau } : null, purgedAt: now })
        .where(eq(t.cases.id, c.id)),
    ),
    d.update(t.notifications).set({ recipientBsn: null, recipient: null, history: [], followUps: [] }).where(inArray(t.notifications.caseId, ids)),
    d.update(t.signals).set({ view: {}, outcome: null, updates: [] }).where(inArray(t.signals.caseId, ids)),
    d.update(t.events).set({ data: null }).where(inArray(t.events.caseId, ids)),
    ...auditInsert(d, t, audit),
  ];
}
