// The chain must take in an entry whose seq is lower than one already sealed (PostgreSQL commits out of seq order),
// and verification must still catch every kind of tampering.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openSqlite } from '../../adapters/store/sqlite.ts';
import type { Database } from '../db/database.ts';
import { sealAudit, verifyAudit } from './seal.ts';

let db: Database;
const entry = (seq: number) => ({ seq, at: 1_700_000_000_000 + seq, actorSub: `sub-${seq}`, actorRole: 'gemeente', actorOrg: '0363', operation: 'lezen', objectType: 'vertrekmelding', objectId: `vm-${seq}`, purpose: 'kennisgeving', subjectPseudonym: `ps-${seq}`, outcome: 'ok' });
const insert = (...seqs: number[]) => db.db.insert(db.t.auditLog).values(seqs.map(entry));
const seal = async () => db.atomic(await sealAudit(db));

beforeEach(async () => {
  db = await openSqlite(':memory:');
});
afterEach(async () => db.close());

describe('audit chain', () => {
  it('seals an entry that commits after a higher seq was sealed', async () => {
    await insert(10, 11, 12);
    await seal();
    await insert(5);
    expect(await verifyAudit(db)).toMatchObject({ ok: true, checked: 3, unsealed: 1 });
    await seal();
    expect(await verifyAudit(db)).toEqual({ ok: true, checked: 4, unsealed: 0 });
  });

  it('names an altered, a removed and a re-ordered entry', async () => {
    await insert(1, 2, 3, 4);
    await seal();
    await db.db.update(db.t.auditLog).set({ objectId: 'vm-x' }).where(eq(db.t.auditLog.seq, 2));
    expect(await verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 2 });
    await db.db.update(db.t.auditLog).set({ objectId: 'vm-2' }).where(eq(db.t.auditLog.seq, 2));
    expect((await verifyAudit(db)).ok).toBe(true);

    await db.db.update(db.t.auditLog).set({ chainPos: 99 }).where(eq(db.t.auditLog.seq, 4));
    await db.db.update(db.t.auditLog).set({ chainPos: 4 }).where(eq(db.t.auditLog.seq, 3));
    await db.db.update(db.t.auditLog).set({ chainPos: 3 }).where(eq(db.t.auditLog.seq, 4));
    expect(await verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4 });
    await db.db.update(db.t.auditLog).set({ chainPos: 99 }).where(eq(db.t.auditLog.seq, 4));
    await db.db.update(db.t.auditLog).set({ chainPos: 3 }).where(eq(db.t.auditLog.seq, 3));
    await db.db.update(db.t.auditLog).set({ chainPos: 4 }).where(eq(db.t.auditLog.seq, 4));

    await db.db.delete(db.t.auditLog).where(eq(db.t.auditLog.seq, 3));
    expect(await verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4 });
  });
});
