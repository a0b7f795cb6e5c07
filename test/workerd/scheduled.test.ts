// The Worker's cron trigger (wrangler.toml [triggers], src/worker.ts scheduled()): it enqueues the periodic jobs
// (seal and anchor the logboek, retention, deadlines, SIS news) and runs them, as the Node process and the
// PostgreSQL workers do on their timers (contract §8).

import { applyD1Migrations, type D1Migration, env } from 'cloudflare:test';
import type { JSONWebKeySet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITIES, demoEvents } from '../../adapters/brp/demo-events.ts';
import { anchorSignatureValid } from '../../src/app/audit/anchor.ts';
import { SignedAuditAnchor } from '../../src/ports/audit-anchor.ts';
import { count, cronRun, db, settled, workerClient } from './worker-client.ts';

const DAY = 86_400_000;
const { call, request, post } = workerClient(DEMO_MUNICIPALITIES);
const kv = env.AUDIT_ANCHORS as { get(key: string): Promise<string | null> };
const PERIODIC = ['seal-audit', 'retention', 'deadlines', 'sis-refresh'];

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS as D1Migration[]);
  expect((await post(demoEvents())).status).toBe(202);
  await settled(30_000);
  // Reads are logged too: these entries are in the logboek, not yet in its chain.
  expect((await call('/api/v1/kennisgevingen', ['gemeente'])).status).toBe(200);
});

describe('the cron trigger on the Worker', () => {
  it('seals the logboek, anchors its head in the KV namespace, removes personal data past its term', async () => {
    expect(await kv.get('head')).toBeNull();
    const logged = await count(`SELECT max(seq) AS n FROM audit_log`);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE chain_pos IS NULL`)).toBeGreaterThan(0);
    // One case ended longer ago than the retention term (730 days): as if the clock had moved on.
    const [old] = (await db.prepare(`SELECT id FROM cases ORDER BY id LIMIT 1`).all<{ id: string }>()).results;
    const ended = Date.now() - 731 * DAY;
    await db.prepare(`UPDATE cases SET status = 'afgesloten', updated_at = ?1 WHERE id = ?2`).bind(ended, old.id).all();

    await cronRun();
    await settled(30_000);

    const done = await db
      .prepare(`SELECT DISTINCT queue FROM jobs WHERE status = 'done' AND queue IN ('${PERIODIC.join("', '")}')`)
      .all<{ queue: string }>();
    expect(done.results.map((r) => r.queue).sort()).toEqual([...PERIODIC].sort());
    // Sealed: every entry that existed before the run is in the chain.
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE chain_pos IS NULL AND seq <= ?1`, logged)).toBe(0);
    // Anchored outside D1, signed with the key the Worker publishes.
    const anchor = SignedAuditAnchor.parse(JSON.parse((await kv.get('head')) ?? 'null'));
    const [head] = (
      await db.prepare(`SELECT chain_pos, hash FROM audit_log WHERE chain_pos = ?1`).bind(anchor.chainPos).all<{
        chain_pos: number;
        hash: string;
      }>()
    ).results;
    expect(anchor.hash).toBe(head.hash);
    expect(anchor.chainPos).toBeGreaterThanOrEqual(
      await count(`SELECT count(*) AS n FROM audit_log WHERE seq <= ?1`, logged),
    );
    const jwks = await (await request('/.well-known/jwks.json')).json();
    expect(await anchorSignatureValid(anchor, jwks as JSONWebKeySet)).toBe(true);
    // Retention: the old case keeps its status and level for the figures, and loses every personal detail.
    const purged = (
      await db.prepare(`SELECT child_bsn, child, purged_at FROM cases WHERE id = ?1`).bind(old.id).all<{
        child_bsn: string | null;
        child: string | null;
        purged_at: number | null;
      }>()
    ).results[0];
    expect(purged).toMatchObject({ child_bsn: null, child: null });
    expect(purged.purged_at).toBeGreaterThan(ended);
    expect(await count(`SELECT count(*) AS n FROM events WHERE case_id = ?1 AND data IS NOT NULL`, old.id)).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM audit_log WHERE operation = 'bewaartermijn-verstreken:cases:1'`),
    ).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE purged_at IS NOT NULL`)).toBe(1);
  });

  it('schedules each periodic job once per time slot, however often the trigger fires at once', async () => {
    const retention = () => count(`SELECT count(*) AS n FROM jobs WHERE queue = 'retention'`);
    const before = await retention();
    await Promise.all([cronRun(), cronRun(), cronRun()]);
    await settled(30_000);
    // Retention's slot is an hour: already enqueued this hour, so nothing new (one more if the hour just turned).
    expect((await retention()) - before).toBeLessThanOrEqual(1);
    expect(await count(`SELECT count(*) AS n FROM jobs WHERE status <> 'done'`)).toBe(0);
  });
});
