// Audit log store: the only module that reads and writes the `audit_log` table (the logboek). Rows are appended in
// the same commit as what they record; the sealing job chains them afterwards (src/app/audit/seal.ts).
import type { Reader } from './database.ts';
import { int, intOrNull, type Row, textOrNull } from './rows.ts';
import { insertMany, join, type Query, sql, type Write } from './sql.ts';

export interface AuditRecord {
  at: number;
  actorSub: string;
  actorRole: string;
  actorOrg: string | null;
  operation: string;
  objectType: string;
  objectId: string | null;
  purpose: string;
  subjectPseudonym: string | null;
  outcome: 'toegestaan' | 'geweigerd';
}

export interface StoredAuditRecord extends AuditRecord {
  seq: number;
  chainPos: number | null;
  prevHash: string | null;
  hash: string | null;
  actorDigest: string | null;
  subjectDigest: string | null;
}

const COLUMNS = sql`seq, at, actor_sub, actor_role, actor_org, operation, object_type, object_id, purpose,
  subject_pseudonym, outcome, chain_pos, prev_hash, hash, actor_digest, subject_digest`;

export function decodeAudit(r: Row): StoredAuditRecord {
  return {
    seq: int(r.seq),
    at: int(r.at),
    actorSub: String(r.actor_sub),
    actorRole: String(r.actor_role),
    actorOrg: textOrNull(r.actor_org),
    operation: String(r.operation),
    objectType: String(r.object_type),
    objectId: textOrNull(r.object_id),
    purpose: String(r.purpose),
    subjectPseudonym: textOrNull(r.subject_pseudonym),
    outcome: r.outcome === 'geweigerd' ? 'geweigerd' : 'toegestaan',
    chainPos: intOrNull(r.chain_pos),
    prevHash: textOrNull(r.prev_hash),
    hash: textOrNull(r.hash),
    actorDigest: textOrNull(r.actor_digest),
    subjectDigest: textOrNull(r.subject_digest),
  };
}

export function appendAudit(records: readonly AuditRecord[]): Write[] {
  if (records.length === 0) return [];
  return [
    insertMany(
      'audit_log',
      [
        'at',
        'actor_sub',
        'actor_role',
        'actor_org',
        'operation',
        'object_type',
        'object_id',
        'purpose',
        'subject_pseudonym',
        'outcome',
      ],
      records.map((r) => [
        r.at,
        r.actorSub,
        r.actorRole,
        r.actorOrg,
        r.operation,
        r.objectType,
        r.objectId,
        r.purpose,
        r.subjectPseudonym,
        r.outcome,
      ]),
    ),
  ];
}

export interface AuditFilter {
  from?: number;
  to?: number;
  actor?: string;
  subject?: string;
  purpose?: string;
  afterSeq?: number;
}

export async function queryAudit(db: Reader, f: AuditFilter, limit: number): Promise<StoredAuditRecord[]> {
  const c: Query[] = [];
  if (f.from !== undefined) c.push(sql`at >= ${f.from}`);
  if (f.to !== undefined) c.push(sql`at <= ${f.to}`);
  if (f.actor) c.push(sql`actor_sub = ${f.actor}`);
  // Sealed entries through the partial index audit_subject, the unsealed tail through audit_chain.
  if (f.subject)
    c.push(
      sql`((chain_pos IS NOT NULL AND subject_pseudonym = ${f.subject})
        OR (chain_pos IS NULL AND subject_pseudonym = ${f.subject}))`,
    );
  if (f.purpose) c.push(sql`purpose = ${f.purpose}`);
  if (f.afterSeq !== undefined) c.push(sql`seq > ${f.afterSeq}`);
  const rows = await db.all<Row>(
    sql`SELECT ${COLUMNS} FROM audit_log WHERE ${join(c, ' AND ')} ORDER BY seq LIMIT ${limit}`,
  );
  return rows.map(decodeAudit);
}

export async function chainHead(db: Reader): Promise<{ chainPos: number; hash: string } | null> {
  const [r] = await db.all<Row>(
    sql`SELECT chain_pos, hash FROM audit_log WHERE chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1`,
  );
  return r ? { chainPos: int(r.chain_pos), hash: String(r.hash) } : null;
}

export async function unsealed(db: Reader, limit: number): Promise<StoredAuditRecord[]> {
  const rows = await db.all<Row>(
    sql`SELECT ${COLUMNS} FROM audit_log WHERE chain_pos IS NULL ORDER BY seq LIMIT ${limit}`,
  );
  return rows.map(decodeAudit);
}

export async function countUnsealed(db: Reader): Promise<number> {
  const [r] = await db.all<Row>(sql`SELECT count(*) AS n FROM audit_log WHERE chain_pos IS NULL`);
  return int(r?.n ?? 0);
}

/** Sealed rows after a chain position, in chain order (verification walks these). */
export async function sealedAfter(db: Reader, chainPos: number, limit: number): Promise<StoredAuditRecord[]> {
  const rows = await db.all<Row>(
    sql`SELECT ${COLUMNS} FROM audit_log WHERE chain_pos > ${chainPos} ORDER BY chain_pos LIMIT ${limit}`,
  );
  return rows.map(decodeAudit);
}

export async function sealedAt(db: Reader, chainPos: number): Promise<StoredAuditRecord | null> {
  const [r] = await db.all<Row>(sql`SELECT ${COLUMNS} FROM audit_log WHERE chain_pos = ${chainPos}`);
  return r ? decodeAudit(r) : null;
}

/** Only rows not yet sealed take a position: a concurrent sealer's commit makes this one fail and retry. */
export function seal(
  seq: number,
  chainPos: number,
  prevHash: string,
  hash: string,
  digests: { actor: string | null; subject: string | null },
): Write {
  return sql`UPDATE audit_log SET chain_pos = ${chainPos}, prev_hash = ${prevHash}, hash = ${hash},
    actor_digest = ${digests.actor}, subject_digest = ${digests.subject} WHERE seq = ${seq} AND chain_pos IS NULL`;
}

/**
 * Retention: sealed entries older than the period lose who acted and about whom; the digests keep the chain
 * verifiable. What was done, when, for which purpose and with which outcome stays.
 */
export function forgetOldIdentities(cutoff: number): Write {
  return sql`UPDATE audit_log SET actor_sub = '', subject_pseudonym = NULL
    WHERE at < ${cutoff} AND chain_pos IS NOT NULL AND (actor_sub <> '' OR subject_pseudonym IS NOT NULL)`;
}
