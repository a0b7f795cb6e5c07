// Seals the audit log into a hash chain: hash = SHA-256(prev_hash | canonical entry), entries taking chain
// positions in the order they are sealed. Sealing after the fact keeps writers free of a shared chain head;
// verify() re-computes and names the first break. Seal jobs share one key, so only one runs at a time.
//
// Why not seq order: on PostgreSQL, seq comes from an identity column and transactions commit out of order, so a
// row with a lower seq can appear after a higher one was sealed; in seq order it could never join the chain.
import { asc, desc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database, Ops } from '../db/database.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { sha256Hex } from '../ids.ts';

export const GENESIS = '0'.repeat(64);

type Row = typeof import('../../schemas/db/sqlite.ts').auditLog.$inferSelect;

export function entryContent(r: Row, chainPos: number): string {
  return canonicalJson({ chainPos, seq: r.seq, at: r.at, actorSub: r.actorSub, actorRole: r.actorRole, actorOrg: r.actorOrg, operation: r.operation, objectType: r.objectType, objectId: r.objectId, purpose: r.purpose, subjectPseudonym: r.subjectPseudonym, outcome: r.outcome });
}

export const chainHash = (prev: string, r: Row, chainPos: number) => sha256Hex(`${prev}|${entryContent(r, chainPos)}`);

export async function sealAudit(database: Database, limit = 5000): Promise<Ops> {
  const { db, t } = database;
  const [last] = await db.select({ chainPos: t.auditLog.chainPos, hash: t.auditLog.hash }).from(t.auditLog).where(isNotNull(t.auditLog.chainPos)).orderBy(desc(t.auditLog.chainPos)).limit(1);
  const open = await db.select().from(t.auditLog).where(isNull(t.auditLog.chainPos)).orderBy(asc(t.auditLog.seq)).limit(limit);
  let prev = last?.hash ?? GENESIS;
  let pos = last?.chainPos ?? 0;
  const sealed: { seq: number; chainPos: number; prevHash: string; hash: string }[] = [];
  for (const r of open) {
    pos++;
    const hash = await chainHash(prev, r, pos);
    sealed.push({ seq: r.seq, chainPos: pos, prevHash: prev, hash });
    prev = hash;
  }
  return (d) => sealed.map((s) => d.update(t.auditLog).set({ chainPos: s.chainPos, prevHash: s.prevHash, hash: s.hash }).where(eq(t.auditLog.seq, s.seq)));
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
    const rows = await db.select().from(t.auditLog).where(gt(t.auditLog.chainPos, after)).orderBy(asc(t.auditLog.chainPos)).limit(5000);
    if (rows.length === 0) break;
    for (const r of rows) {
      const pos = r.chainPos!;
      // A gap in positions is a removed entry: name the one after it.
      if (pos !== after + 1) return { ok: false, checked, unsealed: 0, brokenAt: r.seq, reason: 'regel ontbreekt vóór deze regel' };
      after = pos;
      if (r.prevHash !== prev) return { ok: false, checked, unsealed: 0, brokenAt: r.seq, reason: 'prev_hash past niet bij de vorige regel' };
      if (r.hash === null || (await chainHash(prev, r, pos)) !== r.hash) return { ok: false, checked, unsealed: 0, brokenAt: r.seq, reason: 'inhoud gewijzigd' };
      prev = r.hash;
      checked++;
    }
  }
  const [{ n }] = await db.select({ n: sql<number>`count(*)` }).from(t.auditLog).where(isNull(t.auditLog.chainPos));
  return { ok: true, checked, unsealed: Number(n) };
}
