// POST /api/v1/gebeurtenissen through HTTP against a real SQLite file: contract §2.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from '../../src/app.ts';
import { sql } from '../../src/store/sql.ts';
import { CE, CE_BATCH, correction, emigration, withdrawal } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
let brp: string;
const CHILD = '999990342';

beforeAll(async () => {
  h = await createHarness();
  brp = await h.token('brp-bron', ['0363']);
});
afterAll(() => h.close());

const post = (body: unknown, contentType = CE, token = brp) =>
  h.request('POST', '/api/v1/gebeurtenissen', { token, body, contentType });
const stored = async () => ({ events: await h.count('events'), jobs: await h.jobCount() });

describe('intake of a single event', () => {
  it('accepts an emigration event with 202 and the case id, durable before the answer', async () => {
    const before = await stored();
    const res = await post(emigration({ id: 'single-1', childBsn: CHILD, declarantBsn: '999991905' }));
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ status: 'ontvangen' });
    expect(res.json.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('api-version')).toBe(API_VERSION);
    const after = await stored();
    expect(after.events).toBe(before.events + 1);
    expect(after.jobs).toBe(before.jobs + 1);
  });

  it('answers a redelivery with the same content 200 dubbel and the original id', async () => {
    const event = emigration({ id: 'dup-1', childBsn: CHILD });
    const first = await post(event);
    const again = await post(JSON.parse(JSON.stringify(event)));
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ id: first.json.id, status: 'dubbel' });
  });

  it('treats the same content with keys in another order as the same event', async () => {
    const event = emigration({ id: 'dup-order', childBsn: CHILD });
    const first = await post(event);
    const reordered = Object.fromEntries(Object.entries(event).reverse());
    const again = await post(reordered);
    expect(again.json).toEqual({ id: first.json.id, status: 'dubbel' });
  });

  it('answers the same source and id with other content 409', async () => {
    await post(emigration({ id: 'conflict-1', childBsn: CHILD, countryCode: '5010' }));
    const res = await post(emigration({ id: 'conflict-1', childBsn: CHILD, countryCode: '6029' }));
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('accepts and ignores other types, storing no personal data', async () => {
    const res = await post({
      specversion: '1.0',
      id: 'other-1',
      source: 'urn:nld:oin:1:systeem:brp',
      type: 'nl.brp.ingeschreven.geboorte',
      time: '2026-11-23T09:00:00Z',
      datacontenttype: 'application/json',
      data: { burgerservicenummer: CHILD },
    });
    expect(res.status).toBe(202);
    expect(res.json.status).toBe('genegeerd');
    const [ignored] = await h.rows(sql`SELECT * FROM events WHERE event_id = 'other-1'`);
    expect(ignored.data).toBeNull();
    expect(JSON.stringify(ignored)).not.toContain(CHILD);
  });

  it('gives a correction that arrives before its original the original case id', async () => {
    const original = emigration({ id: 'orig-late', childBsn: CHILD });
    const corr = await post(correction({ id: 'corr-early', childBsn: CHILD, date: '2027-01-10' }, 'orig-late'));
    const orig = await post(original);
    expect(corr.status).toBe(202);
    expect(orig.json.id).toBe(corr.json.id);
    const w = await post(withdrawal(CHILD, 'orig-late'));
    expect(w.json.id).toBe(orig.json.id);
  });
});

describe('invalid input: 400 naming the field, nothing stored', () => {
  const cases: [string, (e: any) => void, string][] = [
    ['BSN failing the elfproef', (e) => (e.data.burgerservicenummer = '123456789'), 'data.burgerservicenummer'],
    ['BSN of 8 digits', (e) => (e.data.burgerservicenummer = '12345678'), 'data.burgerservicenummer'],
    ['specversion 0.3', (e) => (e.specversion = '0.3'), 'specversion'],
    ['missing id', (e) => delete e.id, 'id'],
    ['source not a URN', (e) => (e.source = 'https://brp.example'), 'source'],
    ['missing time', (e) => delete e.time, 'time'],
    ['missing datacontenttype', (e) => delete e.datacontenttype, 'datacontenttype'],
    ['BSN in subject', (e) => (e.subject = 'persoon/999990342'), 'subject'],
    [
      'impossible date',
      (e) => (e.data.datumAanvangAdresBuitenland = { type: 'Datum', datum: '2026-02-30' }),
      'data.datumAanvangAdresBuitenland.datum',
    ],
    [
      'month 13',
      (e) => (e.data.datumAanvangAdresBuitenland = { type: 'JaarMaandDatum', jaar: 2026, maand: 13 }),
      'data.datumAanvangAdresBuitenland.maand',
    ],
    [
      'unknown date type',
      (e) => (e.data.datumAanvangAdresBuitenland = { type: 'VolledigeDatum', datum: '2026-12-01' }),
      'data.datumAanvangAdresBuitenland.type',
    ],
    ['missing country', (e) => delete e.data.verblijfadres.land, 'data.verblijfadres.land'],
    ['country code of 3 digits', (e) => (e.data.verblijfadres.land.code = '501'), 'data.verblijfadres.land.code'],
    [
      'invalid co-signer BSN',
      (e) => (e.data.aangifte.medeondertekenaars = [{ burgerservicenummer: '111111111' }]),
      'data.aangifte.medeondertekenaars[0].burgerservicenummer',
    ],
    ['missing data', (e) => delete e.data, 'data'],
  ];
  for (const [what, mutate, field] of cases) {
    it(`rejects ${what}`, async () => {
      const event: any = emigration({ childBsn: CHILD, declarantBsn: '999991905' });
      mutate(event);
      const before = await stored();
      const res = await post(event);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.json).toMatchObject({ status: 400, title: expect.any(String), type: expect.any(String) });
      expect(res.json.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
      expect(await stored()).toEqual(before);
    });
  }

  it('rejects a withdrawal without the event it withdraws', async () => {
    const w: any = withdrawal(CHILD, 'x');
    delete w.data.ingetrokkenGebeurtenis;
    const res = await post(w);
    expect(res.status).toBe(400);
    expect(res.json.invalidParams[0].name).toBe('data.ingetrokkenGebeurtenis');
  });

  it('rejects malformed JSON and a wrong media type', async () => {
    expect(
      (await h.request('POST', '/api/v1/gebeurtenissen', { token: brp, raw: '{"specversion":', contentType: CE }))
        .status,
    ).toBe(400);
    expect(
      (
        await h.request('POST', '/api/v1/gebeurtenissen', {
          token: brp,
          body: emigration({ childBsn: CHILD }),
          contentType: 'application/json',
        })
      ).status,
    ).toBe(415);
  });
});

describe('batches', () => {
  it('answers one result per event, in order', async () => {
    const events = [
      emigration({ id: 'b-1', childBsn: CHILD }),
      emigration({ id: 'b-2', childBsn: '999998870' }),
      { ...emigration({ id: 'b-3', childBsn: CHILD }), type: 'nl.brp.iets.anders' },
    ];
    const res = await post(events, CE_BATCH);
    expect(res.status).toBe(202);
    expect(res.json.map((r: { status: string }) => r.status)).toEqual(['ontvangen', 'ontvangen', 'genegeerd']);
    const again = await post(events, CE_BATCH);
    expect(again.status).toBe(200);
    expect(again.json.map((r: { id: string }) => r.id)).toEqual(res.json.map((r: { id: string }) => r.id));
  });

  it('is all or nothing: one invalid event stores none, and names its index', async () => {
    const before = await stored();
    const bad: any = emigration({ id: 'b-bad-2', childBsn: CHILD });
    bad.data.burgerservicenummer = '999990343';
    const res = await post([emigration({ id: 'b-bad-1', childBsn: CHILD }), bad], CE_BATCH);
    expect(res.status).toBe(400);
    expect(res.json.invalidParams[0].name).toBe('[1].data.burgerservicenummer');
    expect(await stored()).toEqual(before);
  });

  it('refuses more than 500 events and an empty batch', async () => {
    const many = Array.from({ length: 501 }, (_, i) => emigration({ id: `many-${i}`, childBsn: CHILD }));
    expect((await post(many, CE_BATCH)).status).toBe(400);
    expect((await post([], CE_BATCH)).status).toBe(400);
  });
});

describe('who may post', () => {
  it('401 without or with a bad token', async () => {
    expect(
      (await h.request('POST', '/api/v1/gebeurtenissen', { body: emigration({ childBsn: CHILD }), contentType: CE }))
        .status,
    ).toBe(401);
    expect((await post(emigration({ childBsn: CHILD }), CE, 'not.a.token')).status).toBe(401);
  });

  it('403 for another role and for a municipality outside the token', async () => {
    expect((await post(emigration({ childBsn: CHILD }), CE, await h.token('gemeente', ['0363']))).status).toBe(403);
    const before = await stored();
    expect((await post(emigration({ childBsn: CHILD, municipality: '0518' }))).status).toBe(403);
    expect(await stored()).toEqual(before);
  });
});
