// D1's limits through the Worker entry (src/worker.ts in workerd, D1, the BRP over HTTP): at most 100 bound
// parameters per statement, so batches, list pages and their logboek rows are split by the stores and drivers;
// isolates share D1 without locks, so the drains of many requests must not spin while jobs wait for a key.

import { applyD1Migrations, type D1Migration, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticDeparture, syntheticEvents } from '../../adapters/brp/synthetic-events.ts';
import { MUNICIPALITIES } from '../../adapters/brp/synthetic-persons.ts';
import { EVENT_TYPES } from '../../schemas/events.ts';
import { brpAnswered, count, db, settled, workerClient } from './worker-client.ts';

const { call, post } = workerClient([...MUNICIPALITIES]);

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS as D1Migration[]));

describe('D1 limits on the Worker', () => {
  it('takes in a batch of 500 events in one request, and the same batch again as redeliveries', async () => {
    const batch = [...syntheticEvents(500, { runId: 'd1-batch' })];
    const before = await brpAnswered();
    const first = await post(batch);
    expect(first.status).toBe(202);
    const results = (await first.json()) as { status: string }[];
    expect(results).toHaveLength(500);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['ontvangen']));

    const again = await post(batch);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }[]).every((r) => r.status === 'dubbel')).toBe(true);

    // The requests' drains do the work; the cron picks up whatever they could not finish in their time.
    const took = await settled(90_000, { cron: true, cronEveryMs: 30_000 });
    console.log(`workerd: 500 events assessed ${(took / 1000).toFixed(1)} s after the redelivery was answered`);
    expect(await count(`SELECT count(*) AS n FROM jobs WHERE status = 'dead'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE status = 'ontvangen'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM cases`)).toBeGreaterThan(400);
    // Custody was asked of the BRP over HTTP (the fake BRP server in Node), not of an in-process fake.
    expect(await brpAnswered()).toBeGreaterThan(before);
  }, 120_000);

  for (const [resource, objectType, table] of [
    ['kennisgevingen', 'kennisgeving', 'notifications'],
    ['vertrekmeldingen', 'vertrekmelding', 'cases'],
  ] as const) {
    it(`lists ${resource} 100 a page, every item read in the logboek`, async () => {
      const total = await count(`SELECT count(*) AS n FROM ${table}`);
      expect(total).toBeGreaterThan(200);
      const logged = () =>
        count(`SELECT count(*) AS n FROM audit_log WHERE operation = 'lezen:lijst' AND object_type = ?1`, objectType);
      const before = await logged();
      const seen: string[] = [];
      let next: string | undefined = `/api/v1/${resource}`;
      while (next) {
        const res = await call(next, ['gemeente']);
        expect(res.status).toBe(200);
        const page = (await res.json()) as Record<string, { id: string }[]> & { volgende?: string };
        expect(page[resource].length).toBeLessThanOrEqual(100);
        if (page.volgende) expect(page[resource]).toHaveLength(100);
        seen.push(...page[resource].map((i) => i.id));
        next = page.volgende;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect((await logged()) - before).toBe(total);
    }, 60_000);
  }

  it('answers a burst of 50 requests at once and assesses them all over HTTP, without a stall', async () => {
    // 25 departures and a correction of each, every event its own request: a departure and its correction are jobs
    // on one case, so the drains of their requests wait for each other's key.
    const departures = Array.from({ length: 25 }, (_, i) => syntheticDeparture(10_000 + i, 0, { runId: 'burst' }));
    const corrected = '2027-03-01';
    const corrections = departures.map((d) => ({
      ...d,
      id: `${d.id}-c`,
      type: EVENT_TYPES.correction,
      data: {
        ...d.data,
        datumAanvangAdresBuitenland: { type: 'Datum', datum: corrected },
        gecorrigeerdeGebeurtenis: d.id,
      },
    }));
    const before = await brpAnswered();
    const statuses = (await Promise.all([...departures, ...corrections].map((e) => post([e])))).map((r) => r.status);
    expect(statuses.filter((s) => s !== 202)).toEqual([]);
    // 50 drains in one isolate compete for the same jobs; those waiting for a key back off instead of spinning,
    // and all of it is done long before one drain's 25 s are up.
    const took = await settled(30_000);
    console.log(`workerd: 50 concurrent requests assessed ${(took / 1000).toFixed(1)} s after the last answer`);
    expect(took).toBeLessThan(15_000);
    expect(await count(`SELECT count(*) AS n FROM jobs WHERE status = 'dead'`)).toBe(0);
    const dates = await db
      .prepare(`SELECT json_extract(departure, '$.datum.datum') AS d FROM cases WHERE id IN
        (SELECT case_id FROM events WHERE event_id LIKE 'synth-burst-%')`)
      .all<{ d: string }>();
    expect(dates.results.map((r) => r.d)).toEqual(departures.map(() => corrected));
    expect(await brpAnswered()).toBeGreaterThan(before);
  }, 60_000);
});
