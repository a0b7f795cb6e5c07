// Watch markings store: the only module that reads and writes the `watch_markings` table.
import type { WatchMarkingState } from '../core/watch-marking/decider.ts';
import type { Reader } from './database.ts';
import { int, intOrNull, type Row } from './rows.ts';
import { sql, type Write } from './sql.ts';

const COLUMNS = sql`id, child_bsn, reason, valid_until, organisation, created_by, created_at, removed_at, version`;

export function decodeWatchMarking(r: Row): WatchMarkingState {
  return {
    id: String(r.id),
    childBsn: String(r.child_bsn),
    reason: String(r.reason),
    validUntil: String(r.valid_until),
    organisation: String(r.organisation),
    createdBy: String(r.created_by),
    createdAt: int(r.created_at),
    removedAt: intOrNull(r.removed_at),
    version: int(r.version),
  };
}

export async function getWatchMarking(db: Reader, id: string): Promise<WatchMarkingState | null> {
  const [row] = await db.all<Row>(sql`SELECT ${COLUMNS} FROM watch_markings WHERE id = ${id}`);
  return row ? decodeWatchMarking(row) : null;
}

export async function watchMarkingsOfChild(db: Reader, childBsn: string): Promise<WatchMarkingState[]> {
  const rows = await db.all<Row>(
    sql`SELECT ${COLUMNS} FROM watch_markings WHERE child_bsn = ${childBsn} AND removed_at IS NULL`,
  );
  return rows.map(decodeWatchMarking);
}

/** An organisation's markings, oldest first; with `all` also ended and expired ones. */
export async function watchMarkingsOf(
  db: Reader,
  organisation: string,
  today: string,
  all: boolean,
  limit: number,
): Promise<WatchMarkingState[]> {
  const rows = all
    ? await db.all<Row>(
        sql`SELECT ${COLUMNS} FROM watch_markings WHERE organisation = ${organisation} ORDER BY created_at, id
          LIMIT ${limit}`,
      )
    : await db.all<Row>(sql`SELECT ${COLUMNS} FROM watch_markings WHERE organisation = ${organisation}
        AND removed_at IS NULL AND valid_until >= ${today} ORDER BY created_at, id LIMIT ${limit}`);
  return rows.map(decodeWatchMarking);
}

export function saveWatchMarking(m: WatchMarkingState): Write {
  if (m.version === 0) {
    return sql`INSERT INTO watch_markings (id, child_bsn, reason, valid_until, organisation, created_by, created_at,
      removed_at, version)
      VALUES (${m.id}, ${m.childBsn}, ${m.reason}, ${m.validUntil}, ${m.organisation}, ${m.createdBy}, ${m.createdAt},
      ${m.removedAt}, 1)`;
  }
  return sql`UPDATE watch_markings SET removed_at = ${m.removedAt},
    version = CASE WHEN version = ${m.version} THEN version + 1 END WHERE id = ${m.id}`;
}

/** Retention: markings ended or expired before the cutoff are deleted (the child's BSN with them). */
export function deleteEndedWatchMarkings(cutoffAt: number, cutoffDate: string): Write {
  return sql`DELETE FROM watch_markings WHERE (removed_at IS NOT NULL AND removed_at < ${cutoffAt})
    OR valid_until < ${cutoffDate}`;
}

export async function countEndedWatchMarkings(db: Reader, cutoffAt: number, cutoffDate: string): Promise<number> {
  const [r] = await db.all<Row>(
    sql`SELECT count(*) AS n FROM watch_markings WHERE (removed_at IS NOT NULL AND removed_at < ${cutoffAt})
      OR valid_until < ${cutoffDate}`,
  );
  return int(r?.n ?? 0);
}
