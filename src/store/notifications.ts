// Notifications store: the only module that reads and writes the `notifications` table.
import type { NotificationStatus } from '../../schemas/domain.ts';
import type { NotificationState } from '../core/notification/model.ts';
import { allChunked, type Reader } from './database.ts';
import { type Cursor, pageQuery } from './page.ts';
import { fromJson, int, type Row, textOrNull } from './rows.ts';
import { chunked, json, list, sql, WRITE_LIST_LIMIT, type Write } from './sql.ts';

const COLUMNS = sql`id, case_id, municipality_code, recipient_bsn, recipient, status, hold_reasons, reference,
  due_date, channel, delivery_attempts, last_error, history, follow_ups, reaction, version, created_at, updated_at`;

export function decodeNotification(r: Row): NotificationState {
  return {
    id: String(r.id),
    caseId: String(r.case_id),
    municipalityCode: String(r.municipality_code),
    recipientBsn: textOrNull(r.recipient_bsn),
    recipient: fromJson(r.recipient, null),
    status: r.status as NotificationStatus,
    holdReasons: fromJson(r.hold_reasons, []),
    reference: String(r.reference),
    dueDate: String(r.due_date),
    channel: textOrNull(r.channel),
    deliveryAttempts: int(r.delivery_attempts),
    lastError: textOrNull(r.last_error),
    history: fromJson(r.history, []),
    followUps: fromJson(r.follow_ups, []),
    reaction: fromJson(r.reaction, null),
    version: int(r.version),
    createdAt: int(r.created_at),
    updatedAt: int(r.updated_at),
  };
}

export async function getNotification(db: Reader, id: string): Promise<NotificationState | null> {
  const [row] = await db.all<Row>(sql`SELECT ${COLUMNS} FROM notifications WHERE id = ${id}`);
  return row ? decodeNotification(row) : null;
}

export async function notificationsOfCase(db: Reader, caseId: string): Promise<NotificationState[]> {
  const rows = await db.all<Row>(
    sql`SELECT ${COLUMNS} FROM notifications WHERE case_id = ${caseId} ORDER BY created_at, id`,
  );
  return rows.map(decodeNotification);
}

/** The notifications of many cases in one query per chunk (lists never query per row). */
export async function notificationsOfCases(db: Reader, caseIds: readonly string[]): Promise<NotificationState[]> {
  const rows = await allChunked<Row, string>(
    db,
    caseIds,
    (chunk) => sql`SELECT ${COLUMNS} FROM notifications WHERE case_id IN ${list(chunk)}`,
  );
  return rows.map(decodeNotification);
}

export async function listNotifications(
  db: Reader,
  f: { municipalities: readonly string[]; statuses?: readonly NotificationStatus[] },
  cursor: Cursor | null,
  limit: number,
): Promise<NotificationState[]> {
  if (f.municipalities.length === 0) return [];
  const conditions = [sql`municipality_code IN ${list(f.municipalities)}`];
  if (f.statuses?.length) conditions.push(sql`status IN ${list(f.statuses)}`);
  const rows = await db.all<Row>(pageQuery(sql`SELECT ${COLUMNS} FROM notifications`, conditions, cursor, limit));
  return rows.map(decodeNotification);
}

export async function countNotificationsByStatus(
  db: Reader,
  municipalities: readonly string[],
): Promise<Map<string, number>> {
  if (municipalities.length === 0) return new Map();
  const rows = await db.all<Row>(
    sql`SELECT status, count(*) AS n FROM notifications WHERE municipality_code IN ${list(municipalities)}
      GROUP BY status`,
  );
  return new Map(rows.map((r) => [String(r.status), int(r.n)]));
}

export function saveNotification(n: NotificationState): Write {
  if (n.version === 0) {
    return sql`INSERT INTO notifications (id, case_id, municipality_code, recipient_bsn, recipient, status,
      hold_reasons, reference, due_date, channel, delivery_attempts, last_error, history, follow_ups, reaction,
      version, created_at, updated_at)
      VALUES (${n.id}, ${n.caseId}, ${n.municipalityCode}, ${n.recipientBsn}, ${json(n.recipient)}, ${n.status},
      ${json(n.holdReasons)}, ${n.reference}, ${n.dueDate}, ${n.channel}, ${n.deliveryAttempts}, ${n.lastError},
      ${json(n.history)}, ${json(n.followUps)}, ${json(n.reaction)}, 1, ${n.createdAt}, ${n.updatedAt})`;
  }
  return sql`UPDATE notifications SET recipient = ${json(n.recipient)}, status = ${n.status},
    hold_reasons = ${json(n.holdReasons)}, channel = ${n.channel}, delivery_attempts = ${n.deliveryAttempts},
    last_error = ${n.lastError}, history = ${json(n.history)},
    follow_ups = ${json(n.followUps)}, reaction = ${json(n.reaction)}, updated_at = ${n.updatedAt},
    version = CASE WHEN version = ${n.version} THEN version + 1 END WHERE id = ${n.id}`;
}

/** Retention: a purged case's notifications lose recipient, history and letters. */
export function purgeNotificationsOf(caseIds: readonly string[]): Write[] {
  return chunked(caseIds, WRITE_LIST_LIMIT).map(
    (ids) => sql`UPDATE notifications SET recipient_bsn = NULL, recipient = NULL, history = ${json([])},
      follow_ups = ${json([])}, reaction = NULL WHERE case_id IN ${list(ids)}`,
  );
}

/** Notifications awaiting an officer past their review date, per municipality. */
export async function overdueNotifications(db: Reader, today: string): Promise<Map<string, number>> {
  const rows = await db.all<Row>(sql`SELECT municipality_code, count(*) AS n FROM notifications
    WHERE status IN ('te-beoordelen', 'aangehouden') AND due_date < ${today} GROUP BY municipality_code`);
  return new Map(rows.map((r) => [String(r.municipality_code), int(r.n)]));
}
