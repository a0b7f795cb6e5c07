// SIS requests store: the only module that reads and writes the `sis_requests` table.
import type { SisStatus } from '../../schemas/domain.ts';
import type { SisRequestState } from '../core/sis/model.ts';
import type { Reader } from './database.ts';
import { fromJson, int, type Row } from './rows.ts';
import { json, list, sql, type Write } from './sql.ts';

const COLUMNS = sql`id, signal_id, case_id, organisation, status, request, history, review_date, created_by, version,
  created_at, updated_at`;

export function decodeSisRequest(r: Row): SisRequestState {
  return {
    id: String(r.id),
    signalId: String(r.signal_id),
    caseId: String(r.case_id),
    organisation: String(r.organisation),
    status: r.status as SisStatus,
    request: fromJson(r.request, {}),
    history: fromJson(r.history, []),
    reviewDate: String(r.review_date),
    createdBy: String(r.created_by),
    version: int(r.version),
    createdAt: int(r.created_at),
    updatedAt: int(r.updated_at),
  };
}

export async function getSisRequest(db: Reader, id: string): Promise<SisRequestState | null> {
  const [row] = await db.all<Row>(sql`SELECT ${COLUMNS} FROM sis_requests WHERE id = ${id}`);
  return row ? decodeSisRequest(row) : null;
}

export async function sisRequestsOfSignal(db: Reader, signalId: string): Promise<SisRequestState[]> {
  const rows = await db.all<Row>(
    sql`SELECT ${COLUMNS} FROM sis_requests WHERE signal_id = ${signalId} ORDER BY created_at, id`,
  );
  return rows.map(decodeSisRequest);
}

export async function openSisRequestsOfCase(db: Reader, caseId: string): Promise<SisRequestState[]> {
  const rows = await db.all<Row>(sql`SELECT ${COLUMNS} FROM sis_requests WHERE case_id = ${caseId}
    AND status IN ${list(['aangeboden', 'in-behandeling', 'geplaatst'])} ORDER BY created_at, id`);
  return rows.map(decodeSisRequest);
}

/** Requests the authority still decides on (or must confirm a withdrawal of): polled for news. */
export async function sisRequestsAwaitingAuthority(db: Reader, limit: number): Promise<SisRequestState[]> {
  const rows = await db.all<Row>(sql`SELECT ${COLUMNS} FROM sis_requests
    WHERE status IN ${list(['aangeboden', 'in-behandeling', 'geplaatst', 'ingetrokken'])} ORDER BY updated_at
    LIMIT ${limit}`);
  return rows.map(decodeSisRequest);
}

export function saveSisRequest(r: SisRequestState): Write {
  if (r.version === 0) {
    return sql`INSERT INTO sis_requests (id, signal_id, case_id, organisation, status, request, history, review_date,
      created_by, version, created_at, updated_at)
      VALUES (${r.id}, ${r.signalId}, ${r.caseId}, ${r.organisation}, ${r.status},
      ${json(r.request)}, ${json(r.history)}, ${r.reviewDate}, ${r.createdBy}, 1, ${r.createdAt}, ${r.updatedAt})`;
  }
  return sql`UPDATE sis_requests SET status = ${r.status}, request = ${json(r.request)}, history = ${json(r.history)},
    updated_at = ${r.updatedAt}, version = CASE WHEN version = ${r.version} THEN version + 1 END WHERE id = ${r.id}`;
}

/**
 * Retention: an ended request (refused or withdrawn) loses its body (travel-document numbers, reasoning) after the
 * period; status and history remain as the record of what was asked.
 */
export async function expiredSisRequests(db: Reader, cutoff: number, limit: number): Promise<SisRequestState[]> {
  const rows =
    await db.all<Row>(sql`SELECT ${COLUMNS} FROM sis_requests WHERE status IN ${list(['afgewezen', 'ingetrokken'])}
    AND updated_at < ${cutoff} AND request <> ${json({})} ORDER BY updated_at LIMIT ${limit}`);
  return rows.map(decodeSisRequest);
}

export function purgeSisRequest(r: SisRequestState): Write {
  return sql`UPDATE sis_requests SET request = ${json({})}, created_by = '' WHERE id = ${r.id}`;
}
