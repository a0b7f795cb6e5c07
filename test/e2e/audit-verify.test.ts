// npm run audit:verify as an operator runs it: it passes an intact log, and fails when the newest entries are
// removed from the database or the anchor file is gone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobWrites } from '../../adapters/queue/embedded.ts';
import { openNodeSqlite } from '../../adapters/store/node-sqlite.ts';
import { generateSigningJwk } from '../../src/signing.ts';
import { appendAudit } from '../../src/store/audit-log.ts';
import type { Database } from '../../src/store/database.ts';
import { sql } from '../../src/store/sql.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let env: Record<string, string>;

const verify = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const entry = (seq: number) => ({
  at: 1_700_000_000_000 + seq,
  actorSub: 's',
  actorRole: 'gemeente',
  actorOrg: '0363',
  operation: 'lezen',
  objectType: 'vertrekmelding',
  objectId: `vm-${seq}`,
  purpose: 'kennisgeving',
  subjectPseudonym: `ps-${seq}`,
  outcome: 'toegestaan' as const,
});

async function withDb<T>(f: (db: Database) => Promise<T>): Promise<T> {
  const db = openNodeSqlite(env.DATABASE_URL, { jobWrites });
  try {
    return await f(db);
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vs-audit-verify-'));
  env = { DATABASE_URL: `file:${join(dir, 'vs.db')}`, DATA_DIR: dir, LOG_LEVEL: 'silent' };
  writeFileSync(join(dir, 'signing-key.jwk.json'), JSON.stringify(await generateSigningJwk()));
  await withDb((db) => db.commit({ writes: appendAudit([1, 2, 3, 4, 5].map(entry)), jobs: [] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run audit:verify', () => {
  it('seals, anchors and passes an intact log', () => {
    const r = verify('--seal');
    expect(r.out).toMatch(/logboek in orde: 5 regels gecontroleerd.*verankerd tot positie 5/);
    expect(r.code).toBe(0);
  });

  it('fails once the newest entries are deleted', async () => {
    await withDb((db) => db.commit({ writes: [sql`DELETE FROM audit_log WHERE seq > 3`], jobs: [] }));
    const r = verify();
    expect(r.out).toMatch(/NIET IN ORDE: de keten eindigt vóór de verankerde regel 5/);
    expect(r.code).toBe(1);
  });

  it('fails when the anchor file is gone while sealed entries exist', () => {
    rmSync(join(dir, 'audit-anchors.jsonl'));
    const r = verify();
    expect(r.out).toMatch(/geen anker buiten de database/);
    expect(r.code).toBe(1);
  });
});
