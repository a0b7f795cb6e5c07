// Chain events sent at the same moment in separate requests (contract §2 v2: any order, the in-order outcome):
// a departure and its correction, or a departure and its withdrawal, each posted on its own and all at once. The two
// intakes interleave on PostgreSQL and D1, so neither sees the other's event before it writes; the correction or
// withdrawal must still land on the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDeparture } from '../../adapters/brp/synthetic-events.ts';
import { EVENT_TYPES } from '../../schemas/events.ts';
import { sql } from '../../src/store/sql.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
const CE = 'application/cloudevents+json';
const CORRECTED = '2027-03-01';

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const departures = (first: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    syntheticDeparture(first + i, 0, { runId: `gelijk-${first}`, date: '2026-11-20' }),
  );

async function postAllAtOnce(events: readonly { id: string }[]) {
  const brp = await h.token('brp-bron', ['0363', '0518', '0599', '0344']);
  const answers = await Promise.all(
    events.map((e) => h.request('POST', '/api/v1/gebeurtenissen', { token: brp, contentType: CE, body: e })),
  );
  expect(answers.map((a) => a.status).filter((s) => s !== 202)).toEqual([]);
  await h.drain();
  return answers.map((a) => a.json.id as string);
}

async function caseOf(id: string) {
  const officer = await h.token('gemeente', ['0363', '0518', '0599', '0344']);
  return (await h.request('GET', `/api/v1/vertrekmeldingen/${id}`, { token: officer })).json;
}

describe('a chain posted all at once', () => {
  it('a departure and its correction: the correction is in force on every case', async () => {
    const sent = departures(20_000, 10);
    const corrections = sent.map((d) => ({
      ...d,
      id: `${d.id}-c`,
      type: EVENT_TYPES.correction,
      data: {
        ...d.data,
        datumAanvangAdresBuitenland: { type: 'Datum', datum: CORRECTED },
        gecorrigeerdeGebeurtenis: d.id,
      },
    }));
    const ids = await postAllAtOnce([...sent, ...corrections]);
    const cases = await Promise.all(ids.slice(0, sent.length).map(caseOf));
    expect(cases.map((c) => c.vertrek.datum.datum)).toEqual(sent.map(() => CORRECTED));
    const loose = await h.rows(
      sql`SELECT id FROM events WHERE case_id IS NULL AND event_id LIKE ${'synth-gelijk-20000-%'}`,
    );
    expect(loose).toEqual([]);
  });

  it('a departure and its withdrawal: every case ends withdrawn', async () => {
    const sent = departures(21_000, 10);
    const withdrawals = sent.map((d) => ({
      ...d,
      id: `${d.id}-w`,
      type: EVENT_TYPES.withdrawal,
      data: {
        burgerservicenummer: (d.data as { burgerservicenummer: string }).burgerservicenummer,
        ingetrokkenGebeurtenis: d.id,
        gemeenteVanInschrijving: (d.data as { gemeenteVanInschrijving: unknown }).gemeenteVanInschrijving,
      },
    }));
    const ids = await postAllAtOnce([...sent, ...withdrawals]);
    const cases = await Promise.all(ids.slice(0, sent.length).map(caseOf));
    expect(cases.map((c) => c.status)).toEqual(sent.map(() => 'ingetrokken'));
  });
});
