// Scale-out on PostgreSQL: two API instances and two workers take 10,000 events posted concurrently to both
// instances, with 10 % redeliveries and corrections that arrive before their originals; one worker is killed
// with SIGKILL mid-run. Every event yields exactly one case, every notification and signal exists once, and
// nothing is left unfinished. Runs when TEST_PG_URL is set (CI always).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type FakeBrpServer, startFakeBrpServer } from '../../adapters/brp/fake-server.ts';
import { syntheticFamilies } from '../../bench/synthetic.ts';
import { CE_BATCH, correction, emigration } from '../helpers/events.ts';
import { dropPgDatabase, freshPgDatabase } from '../helpers/pg-database.ts';
import { type ServiceProcess, startService } from '../helpers/process.ts';

const PG = process.env.TEST_PG_URL;
const N = Number(process.env.SCALE_EVENTS ?? 10_000);
const services: ServiceProcess[] = [];
let brp: FakeBrpServer | undefined;
let dir = '';
let databaseUrl = '';

afterAll(async () => {
  for (const s of services) await s.kill();
  await brp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (databaseUrl) await dropPgDatabase(PG!, databaseUrl);
});

describe.runIf(!!PG)('scale-out on PostgreSQL', () => {
  it('processes 10,000 concurrent events once across two instances and two workers, surviving a SIGKILL', async () => {
    databaseUrl = await freshPgDatabase(PG!, 'vs_scale');

    const { persons, families } = syntheticFamilies(N);
    brp = await startFakeBrpServer({ persons });
    dir = mkdtempSync(join(tmpdir(), 'vs-scale-'));
    const env = {
      DATABASE_URL: databaseUrl,
      BRP_API_URL: brp.url,
      LOG_LEVEL: 'info',
      SIGNING_KEY_FILE: join(dir, 'sign.json'),
    };
    const api1 = await startService(dir, { ...env, RUN_WORKER: 'false' });
    const api2 = await startService(dir, { ...env, RUN_WORKER: 'false' });
    services.push(api1, api2);
    const workers = [await spawnWorker(dir, env), await spawnWorker(dir, env)];
    services.push(...workers);
    const token = await api1.token(['brp-bron'], ['0363']);

    // Every tenth family leaves for Egypt (not a Convention party): hoog, so signals to CIKO and RvdK.
    const events = families.map((f, i) =>
      emigration({
        id: `scale-${i}`,
        childBsn: f.child,
        declarantBsn: f.declarant,
        countryCode: i % 10 === 0 ? '7014' : '5010',
        date: '2026-12-15',
      }),
    );
    const corrections = families.slice(0, 200).map((f, i) =>
      correction(
        {
          id: `scale-corr-${i}`,
          childBsn: f.child,
          declarantBsn: f.declarant,
          countryCode: i % 10 === 0 ? '7014' : '5010',
          date: '2026-12-20',
          time: '2026-11-23T10:00:00Z',
        },
        `scale-${i}`,
      ),
    );
    const redeliveries = events.filter((_, i) => i % 10 === 5);
    const stream = [...corrections, ...events, ...redeliveries];
    const batches: unknown[][] = [];
    for (let i = 0; i < stream.length; i += 100) batches.push(stream.slice(i, i + 100));

    let next = 0;
    let killed = false;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async (_, lane) => {
        while (next < batches.length) {
          const b = next++;
          if (!killed && b > batches.length / 2) {
            killed = true;
            await workers[0].kill('SIGKILL');
          }
          const target = lane % 2 === 0 ? api1 : api2;
          const res = await fetch(`${target.url}/api/v1/gebeurtenissen`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': CE_BATCH },
            body: JSON.stringify(batches[b]),
          });
          statuses.push(res.status);
        }
      }),
    );
    expect(statuses.every((s) => s === 202 || s === 200)).toBe(true);
    expect(killed).toBe(true);

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const deadline = Date.now() + 600_000;
      for (;;) {
        const { rows } = await db.query(
          `select count(*)::int as n from pgboss.job where state in ('created','retry','active')`,
        );
        if (rows[0].n === 0 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      const one = async (q: string) => (await db.query(q)).rows[0];
      expect(
        await one(`select count(*)::int as n from pgboss.job where state in ('created','retry','active','failed')`),
      ).toEqual({ n: 0 });
      expect(await one(`select count(*)::int as n, count(distinct child_bsn)::int as children from cases`)).toEqual({
        n: N,
        children: N,
      });
      expect(await one(`select count(*)::int as n from cases where status <> 'beoordeeld'`)).toEqual({ n: 0 });
      expect(
        await one(`select count(*)::int as n, count(distinct (case_id, recipient_bsn))::int as d from notifications`),
      ).toEqual({ n: N, d: N });
      const signals = await one(
        `select count(*)::int as n, count(distinct (case_id, recipient))::int as d from signals`,
      );
      expect(signals.n).toBe(signals.d);
      expect(signals.n).toBe((N / 10) * 2);
      expect(await one(`select count(*)::int as n from events`)).toEqual({ n: N + 200 });
      // A correction that came first still wins: it is the later registration.
      expect(
        await one(`select count(*)::int as n from cases where departure->'datum'->>'datum' = '2026-12-20'`),
      ).toEqual({ n: 200 });
    } finally {
      await db.end();
    }
  }, 900_000);
});

async function spawnWorker(dir: string, env: Record<string, string>): Promise<ServiceProcess> {
  return startService(dir, { ...env, SERVE_HTTP: 'false' }, /worker running/);
}
