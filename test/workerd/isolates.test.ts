// Two Worker isolates on one D1 database, as Cloudflare runs a busy Worker: each has its own runtime and its own
// in-process locks, and D1 has no lock they share. A departure and its correction (or withdrawal) arriving at the
// same moment at the two isolates must still end on one case, as arriving in order would (contract §2 v2).
import { applyD1Migrations, type D1Migration, env } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDeparture } from '../../adapters/brp/synthetic-events.ts';
import { MUNICIPALITIES } from '../../adapters/brp/synthetic-persons.ts';
import { EVENT_TYPES } from '../../schemas/events.ts';
import { createApp } from '../../src/app.ts';
import { compose, type Runtime } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { type WorkerEnv, workersPlatform } from '../../src/platform/workers.ts';
import { token } from './worker-client.ts';

const gemeenten = [...MUNICIPALITIES];
let isolates: { runtime: Runtime; app: ReturnType<typeof createApp> }[] = [];

async function isolate() {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string'));
  const config = loadConfig({ ...strings, DATABASE_URL: 'file:d1', RUN_WORKER: 'false', LOG_LEVEL: 'warn' });
  const runtime = await compose(config, workersPlatform(config, env as WorkerEnv));
  return { runtime, app: createApp({ runtime }) };
}

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS as D1Migration[]);
  isolates = [await isolate(), await isolate()];
});
afterAll(() => Promise.all(isolates.map((i) => i.runtime.close())));

/** Each pair's first event to one isolate, its second to the other, all at once; then both drain. */
async function sendPairs(pairs: [object, object][]) {
  const headers = {
    authorization: `Bearer ${await token(['brp-bron'], gemeenten)}`,
    'content-type': 'application/cloudevents+json',
  };
  const sent = pairs.flatMap(([a, b]) => [
    isolates[0].app.request('/api/v1/gebeurtenissen', { method: 'POST', headers, body: JSON.stringify(a) }),
    isolates[1].app.request('/api/v1/gebeurtenissen', { method: 'POST', headers, body: JSON.stringify(b) }),
  ]);
  const answers = await Promise.all(sent);
  expect(answers.map((a) => a.status).filter((s) => s !== 202)).toEqual([]);
  await Promise.all(isolates.map((i) => i.runtime.runner.drain()));
  return Promise.all(answers.map(async (a) => ((await a.json()) as { id: string }).id));
}

async function caseOf(id: string) {
  const headers = { authorization: `Bearer ${await token(['gemeente'], gemeenten)}` };
  return (await (await isolates[0].app.request(`/api/v1/vertrekmeldingen/${id}`, { headers })).json()) as any;
}

const departures = (first: number) =>
  Array.from({ length: 8 }, (_, i) => syntheticDeparture(first + i, 0, { runId: `isolaten-${first}` }));

describe('two isolates on one D1 database', () => {
  it('a departure at one and its correction at the other: the correction is in force', async () => {
    const sent = departures(30_000);
    const pairs = sent.map((d): [object, object] => [
      d,
      {
        ...d,
        id: `${d.id}-c`,
        type: EVENT_TYPES.correction,
        data: {
          ...d.data,
          datumAanvangAdresBuitenland: { type: 'Datum', datum: '2027-03-01' },
          gecorrigeerdeGebeurtenis: d.id,
        },
      },
    ]);
    const ids = await sendPairs(pairs);
    const cases = await Promise.all(ids.filter((_, i) => i % 2 === 0).map(caseOf));
    expect(cases.map((c) => c.vertrek.datum.datum)).toEqual(sent.map(() => '2027-03-01'));
  });

  it('a withdrawal at one and the departure it names at the other: every case ends withdrawn', async () => {
    const sent = departures(31_000);
    const pairs = sent.map((d): [object, object] => [
      {
        ...d,
        id: `${d.id}-w`,
        type: EVENT_TYPES.withdrawal,
        data: {
          burgerservicenummer: (d.data as { burgerservicenummer: string }).burgerservicenummer,
          ingetrokkenGebeurtenis: d.id,
          gemeenteVanInschrijving: (d.data as { gemeenteVanInschrijving: unknown }).gemeenteVanInschrijving,
        },
      },
      d,
    ]);
    const ids = await sendPairs(pairs);
    const cases = await Promise.all(ids.filter((_, i) => i % 2 === 1).map(caseOf));
    expect(cases.map((c) => c.status)).toEqual(sent.map(() => 'ingetrokken'));
  });
});
