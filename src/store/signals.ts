// Signals store: the only module that reads and writes the `signals` table.
import type { Recipient, SignalStatus } from '../../schemas/domain.ts';
import type { SignalState } from '../core/signal/model.ts';
import { allChunked, type Reader } from './database.ts';
import { type Cursor, pageQuery } from './page.ts';
import { fromJson, int, intOrNull, type Row } from './rows.ts';
import { json, list, sql, type Write } from './sql.ts';

const COLUMNS = sql`id, case_id, recipient, level, status, view, sla_due_at, delivery, delivery_attempts, outcome,
  updates, picked_up_at, closed_at, version, created_at, updated_at`;

export function decodeSignal(r: Row): SignalState {
  return {
    id: String(r.id),
    caseId: String(r.case_id),
    recipient: r.recipient as Recipient,
    level: r.level as SignalState['level'],
    status: r.status as SignalStatus,
    view: fromJson(r.view, {}),
    slaDueAt: int(r.sla_due_at),
    delivery: r.delivery as SignalState['delivery'],
    deliveryAttempts: int(r.delivery_attempts),
    outcome: fromJson(r.outcome, null),
    updates: fromJson(r.updates, []),
    pickedUpAt: intOrNull(r.picked_up_at),
    closedAt: intOrNull(r.closed_at),
    version: int(r.version),
    createdAt: int(r.created_at),
    updatedAt: int(r.updated_at),
  };
}

export async function getSignal(db: Reader, id: string): Promise<SignalState | null> {
  const [row] = await db.all<Row>(sql`SELECT ${COLUMNS} FROM signals WHERE id = ${id}`);
  return row ? decodeSignal(row) : null;
}

export async function signalsOfCase(db: Reader, caseId: string): Promise<SignalState[]> {
  const rows = await db.all<Row>(sql`SELECT ${COLUMNS} FROM signals WHERE case_id = ${caseId} ORDER BY created_at, id`);
  return rows.map(decodeSignal);
}

export async function signalsOfCases(db: Reader, caseIds: readonly string[]): Promise<SignalState[]> {
  const rows = await allChunked<Row, string>(
    db,
    caseIds,
    (chunk) => sql`SELECT ${COLUMNS} FROM signals WHERE case_id IN ${list(chunk)}`,
  );
  return rows.map(decodeSignal);
}

/** Ids of the cases routed to an organisation (its signals), among a child's cases: who may read which case. */
export async function caseIdsRoutedTo(db: Reader, recipient: Recipient, caseIds: readonly string[]): Promise<string[]> {
  const rows = await allChunked<Row, string>(
    db,
    caseIds,
    (chunk) => sql`SELECT case_id FROM signals WHERE recipient = ${recipient} AND case_id IN ${list(chunk)}`,
  );
  return rows.map((r) => String(r.case_id));
}

export async function listSignals(
  db: Reader,
  f: { recipient: Recipient; statuses?: readonly SignalStatus[] },
  cursor: Cursor | null,
  limit: number,
): Promise<SignalState[]> {
  const conditions = [sql`recipient = ${f.recipient}`];
  if (f.statuses?.length) conditions.push(sql`status IN ${list(f.statuses)}`);
  const rows = await db.all<Row>(pageQuery(sql`SELECT ${COLUMNS} FROM signals`, conditions, cursor, limit));
  return rows.map(decodeSignal);
}

export async function countSignalsByStatus(db: Reader, recipient: Recipient): Promise<Map<string, number>> {
  const rows = await db.all<Row>(
    sql`SELECT status, count(*) AS n FROM signals WHERE recipient = ${recipient} GROUP BY status`,
  );
  return new Map(rows.map((r) => [String(r.status), int(r.n)]));
}

export function saveSignal(s: SignalState): Write {
  if (s.version === 0) {
    return sql`INSERT INTO signals (id, case_id, recipient, level, status, view, sla_due_at, delivery,
      delivery_attempts, outcome, updates, picked_up_at, closed_at, version, created_at, updated_at)
      VALUES (${s.id}, ${s.caseId}, ${s.recipient}, ${s.level}, ${s.status}, ${json(s.view)}, ${s.slaDueAt},
      ${s.delivery}, ${s.deliveryAttempts}, ${json(s.outcome)}, ${json(s.updates)}, ${s.pickedUpAt}, ${s.closedAt}, 1,
      ${s.createdAt}, ${s.updatedAt})`;
  }
  return sql`UPDATE signals SET level = ${s.level}, status = ${s.status}, view = ${json(s.view)},
    sla_due_at = ${s.slaDueAt}, delivery = ${s.delivery}, delivery_attempts = ${s.deliveryAttempts},
    outcome = ${json(s.outcome)}, updates = ${json(s.updates)},
    picked_up_at = ${s.pickedUpAt}, closed_at = ${s.closedAt}, updated_at = ${s.updatedAt},
    version = CASE WHEN version = ${s.version} THEN version + 1 END WHERE id = ${s.id}`;
}

/** Signals in a period, for the evaluation figures: no view, no personal data. */
export async function signalsInPeriod(db: Reader, from: number, to: number) {
  const rows =
    await db.all<Row>(sql`SELECT id, recipient, level, status, outcome, view, sla_due_at, picked_up_at, created_at
    FROM signals WHERE created_at >= ${from} AND created_at < ${to}`);
  return rows.map((r) => {
    const view = fromJson<{ redenen?: { regel: string }[] }>(r.view, {});
    const outcome = fromJson<{ uitkomst?: string } | null>(r.outcome, null);
    return {
      recipient: r.recipient as Recipient,
      level: String(r.level),
      status: r.status as SignalStatus,
      outcome: outcome?.uitkomst ?? null,
      rules: (view.redenen ?? []).map((x) => x.regel),
      slaDueAt: int(r.sla_due_at),
      pickedUpAt: intOrNull(r.picked_up_at),
      createdAt: int(r.created_at),
    };
  });
}

/**
 * Retention: a purged case's signal keeps level, status, outcome and rule ids (for the figures), and loses the rest.
 */
export function purgeSignal(s: SignalState): Write {
  const rules = 'redenen' in s.view ? s.view.redenen.map((r) => ({ regel: r.regel })) : [];
  const outcome = s.outcome ? { uitkomst: s.outcome.uitkomst, door: '', op: s.outcome.op } : null;
  return sql`UPDATE signals SET view = ${json({ redenen: rules })}, updates = ${json([])}, outcome = ${json(outcome)}
    WHERE id = ${s.id}`;
}

/** New signals past their pick-up deadline, per recipient. */
export async function overdueSignals(db: Reader, now: number): Promise<Map<string, number>> {
  const rows = await db.all<Row>(
    sql`SELECT recipient, count(*) AS n FROM signals WHERE status = 'nieuw' AND sla_due_at < ${now} GROUP BY recipient`,
  );
  return new Map(rows.map((r) => [String(r.recipient), int(r.n)]));
}
