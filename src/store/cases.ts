// Cases store: the only module that reads and writes the `cases` table.
import type { CaseStatus } from '../../schemas/domain.ts';
import type { CaseState } from '../core/case/model.ts';
import { allChunked, type Reader } from './database.ts';
import { type Cursor, pageQuery } from './page.ts';
import { fromJson, int, intOrNull, type Row, textOrNull } from './rows.ts';
import { json, list, sql, type Write } from './sql.ts';

const COLUMNS = sql`id, status, municipality_code, child_bsn, declarant_bsn, country_code, registration_date, child,
  departure, custody, assessment, risk, closed_reason, closed_at, version, created_at, updated_at, purged_at`;

export function decodeCase(r: Row): CaseState {
  return {
    id: String(r.id),
    status: r.status as CaseStatus,
    municipalityCode: String(r.municipality_code),
    childBsn: textOrNull(r.child_bsn),
    declarantBsn: textOrNull(r.declarant_bsn),
    countryCode: textOrNull(r.country_code),
    registrationDate: textOrNull(r.registration_date),
    child: fromJson(r.child, null),
    departure: fromJson(r.departure, null),
    custody: fromJson(r.custody, null),
    assessment: fromJson(r.assessment, null),
    risk: fromJson(r.risk, null),
    closedReason: textOrNull(r.closed_reason) as CaseState['closedReason'],
    closedAt: intOrNull(r.closed_at),
    version: int(r.version),
    createdAt: int(r.created_at),
    updatedAt: int(r.updated_at),
    purgedAt: intOrNull(r.purged_at),
  };
}

export async function getCase(db: Reader, id: string): Promise<CaseState | null> {
  const [row] = await db.all<Row>(sql`SELECT ${COLUMNS} FROM cases WHERE id = ${id}`);
  return row ? decodeCase(row) : null;
}

export async function getCases(db: Reader, ids: readonly string[]): Promise<CaseState[]> {
  const rows = await allChunked<Row, string>(
    db,
    ids,
    (chunk) => sql`SELECT ${COLUMNS} FROM cases WHERE id IN ${list(chunk)}`,
  );
  return rows.map(decodeCase);
}

/** Open cases of a child, in every municipality: an immigration closes them all. */
export async function openCasesOfChild(
  db: Reader,
  childBsn: string,
): Promise<{ id: string; municipalityCode: string }[]> {
  const rows = await db.all<Row>(
    sql`SELECT id, municipality_code FROM cases WHERE child_bsn = ${childBsn} AND closed_reason IS NULL`,
  );
  return rows.map((r) => ({ id: String(r.id), municipalityCode: String(r.municipality_code) }));
}

/** The declarant's other open cases: the sibling rule reads them and siblings are re-assessed. */
export async function openCasesOfDeclarant(db: Reader, declarantBsn: string, exceptId: string) {
  const rows = await db.all<Row>(sql`SELECT id, child_bsn, registration_date, created_at FROM cases
    WHERE declarant_bsn = ${declarantBsn} AND id <> ${exceptId} AND closed_reason IS NULL`);
  return rows.map((r) => ({
    id: String(r.id),
    childBsn: textOrNull(r.child_bsn),
    registrationDate: textOrNull(r.registration_date),
    createdAt: int(r.created_at),
  }));
}

/** Open cases in which one of `bsns` is the person leaving or the declarant (the other holder's own departure). */
export async function openCasesInvolving(db: Reader, bsns: readonly string[], exceptId: string) {
  const rows = await allChunked<Row, string>(
    db,
    bsns,
    (chunk) => sql`SELECT country_code, registration_date FROM cases
    WHERE (declarant_bsn IN ${list(chunk)} OR child_bsn IN ${list(chunk)}) AND id <> ${exceptId}
    AND closed_reason IS NULL`,
    60,
  );
  return rows.map((r) => ({
    countryCode: textOrNull(r.country_code),
    registrationDate: textOrNull(r.registration_date),
  }));
}

export interface CaseFilter {
  municipalities: readonly string[];
  statuses?: readonly CaseStatus[];
  childBsn?: string;
  ids?: readonly string[];
}

/** Oldest first, a page at a time. */
export async function listCases(db: Reader, f: CaseFilter, cursor: Cursor | null, limit: number): Promise<CaseState[]> {
  if (f.municipalities.length === 0) return [];
  const conditions = [sql`municipality_code IN ${list(f.municipalities)}`];
  if (f.statuses?.length) conditions.push(sql`status IN ${list(f.statuses)}`);
  if (f.childBsn) conditions.push(sql`child_bsn = ${f.childBsn}`);
  const rows = await db.all<Row>(pageQuery(sql`SELECT ${COLUMNS} FROM cases`, conditions, cursor, limit));
  return rows.map(decodeCase);
}

/** Cases of a child among `ids` (those routed to an organisation), oldest first. */
export async function casesOfChildAmong(db: Reader, childBsn: string, ids: readonly string[]): Promise<CaseState[]> {
  const rows = await allChunked<Row, string>(
    db,
    ids,
    (chunk) => sql`SELECT ${COLUMNS} FROM cases WHERE child_bsn = ${childBsn} AND id IN ${list(chunk)}`,
  );
  return rows.map(decodeCase).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Counts per municipality and status, for the work queue. */
export async function countCasesByStatus(
  db: Reader,
  municipalities: readonly string[],
  statuses: readonly CaseStatus[],
) {
  if (municipalities.length === 0) return new Map<string, number>();
  const rows = await db.all<Row>(sql`SELECT status, count(*) AS n FROM cases
    WHERE municipality_code IN ${list(municipalities)} AND status IN ${list(statuses)} GROUP BY status`);
  return new Map(rows.map((r) => [String(r.status), int(r.n)]));
}

/** Insert for a new case (version 0), else an update guarded by the version read. */
export function saveCase(c: CaseState): Write {
  if (c.version === 0) {
    return sql`INSERT INTO cases (id, status, municipality_code, child_bsn, declarant_bsn, country_code,
      registration_date, child, departure, custody, assessment, risk, closed_reason, closed_at, version, created_at,
      updated_at, purged_at)
      VALUES (${c.id}, ${c.status}, ${c.municipalityCode}, ${c.childBsn}, ${c.declarantBsn}, ${c.countryCode},
      ${c.registrationDate}, ${json(c.child)}, ${json(c.departure)}, ${json(c.custody)}, ${json(c.assessment)},
      ${json(c.risk)}, ${c.closedReason}, ${c.closedAt}, 1, ${c.createdAt}, ${c.updatedAt}, ${c.purgedAt})`;
  }
  return sql`UPDATE cases SET status = ${c.status}, municipality_code = ${c.municipalityCode},
    child_bsn = ${c.childBsn}, declarant_bsn = ${c.declarantBsn}, country_code = ${c.countryCode},
    registration_date = ${c.registrationDate}, child = ${json(c.child)}, departure = ${json(c.departure)},
    custody = ${json(c.custody)}, assessment = ${json(c.assessment)},
    risk = ${json(c.risk)}, closed_reason = ${c.closedReason}, closed_at = ${c.closedAt}, updated_at = ${c.updatedAt},
    purged_at = ${c.purgedAt}, version = CASE WHEN version = ${c.version} THEN version + 1 END
    WHERE id = ${c.id}`;
}

/** Closed cases whose retention period has passed and that still hold personal data. */
export async function expiredCases(db: Reader, cutoff: number, limit: number): Promise<CaseState[]> {
  const rows = await db.all<Row>(sql`SELECT ${COLUMNS} FROM cases
    WHERE status IN ('niet-van-toepassing', 'ingetrokken', 'afgesloten')
    AND updated_at < ${cutoff} AND purged_at IS NULL ORDER BY updated_at LIMIT ${limit}`);
  return rows.map(decodeCase);
}

/** Retention: the case keeps its status and level for statistics, and loses every personal detail. */
export function purgeCase(c: CaseState, at: number): Write {
  const risk = c.risk
    ? {
        niveau: c.risk.niveau,
        regelsetVersie: c.risk.regelsetVersie,
        redenen: c.risk.redenen.map((r) => ({ regel: r.regel, toelichting: '' })),
      }
    : null;
  return sql`UPDATE cases SET child_bsn = NULL, declarant_bsn = NULL, child = NULL, custody = NULL, departure = NULL,
    risk = ${json(risk)}, purged_at = ${at} WHERE id = ${c.id}`;
}

/** Cases in a period, for the evaluation figures: status and risk only. */
export async function casesInPeriod(db: Reader, from: number, to: number) {
  const rows = await db.all<Row>(
    sql`SELECT id, status, risk, created_at FROM cases WHERE created_at >= ${from} AND created_at < ${to}`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    status: r.status as CaseStatus,
    risk: fromJson<CaseState['risk']>(r.risk, null),
  }));
}
