// Seals the audit log into a hash chain, in seq order: hash = SHA-256(prev_hash | canonical entry).
// Sealing after the fact keeps writers free of a shared chain head; verify() re-computes and names the first break.
import { asc, desc, eq, gt, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database, Ops } from '../db/database.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { sha256Hex } from '../ids.ts';

export const GENESIS = '0'.repeat(64);

type Row = typeof import('../../schemas/db/sqlite.ts').auditLog.$inferSelect;

export function entryContent(r: Row): string {
  return canonicalJson({ seq: r.seq, at: r.at, actorSub: r.actorSub, actorRole: r.actorRole, actorOrg: r.actorOrg, operation: r.operation, objectType: r.objectType, objectId: r.objectId, purpose: r.purpose, subjectPseudonym: r.subjectPseudonym, outcome: r.outcome });
}

export const chainHash = (prev: string, r: Row) => sha256Hex(`${prev}|${entryContent(r)}`);

export async function sealAudit(database: Database, limit = 5000): Promise<Ops> {
  const { db, t } = database;
  const [last] = await db.select({ seq: t.auditLog.seq, hash: t.auditLog.hash }).from(t.auditLog).where(isNotNull(t.auditLog.hash)).orderBy(desc(t.auditLog.seq)).limit(1);
  const open = await db.select().from(t.auditLog).where(isNull(t.auditLog.hash)).orderBy(asc(t.auditLog.seq)).limit(limit);
  let prev = last?.hash ?? GENESIS;
  const sealed: { seq: number; prevHash: string; hash: string }[] = [];
  for (const r of open) {
    if (last && r.seq < last.seq) continue;
    const hash = await chainHash(prev, r);
    sealed.push({ seq: r.seq, prevHash: prev, hash });
    prev = hash;
  }
  return (d) => sealed.map((s) => d.update(t.auditLog).set({ prevHash: s.prevHash, hash: s.hash }).where(eq(t.auditLog.seq, s.seq)));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  unsealed: number;
  brokenAt?: number;
  reason?: string;
}

export async function verifyAudit(database: Database): Promise<VerifyResult> {
  const { db, t } = database;
  let prev = GENESIS;
  let checked = 0;
  let after = 0;
  for (;;) {
    const rows = await db.select().from(t.auditLog).where(gt(t.auditLog.seq, after)).orderBy(asc(t.auditLog.seq)).limit(5000);
    if (rows.length === 0) break;
    for (const r of rows) {
      after = r.seq;
      if (r.hash === null) {
        const [{ n }] = await db.select({ n: sql<number>`count(*)` }).from(t.auditLog).where(gte(t.auditLog.seq, r.seq));
        return { ok: true, checked, unsealed: Number(n) };
      }
      if (r.prevHash !== prev) return { ok: false, checked, unsealed: 0, brokenAt: r.seq, reason: 'prev_hash past niet bij de vorige regel' };
      if ((await chainHash(prev, r)) !== r.hash) return { ok: false, checked, unsealed: 0, brokenAt: r.seq, reason: 'inhoud gewijzigd' };
      prev = r.hash;
      checked++;
    }
  }
  return { ok: true, checked, unsealed: 0 };
}
