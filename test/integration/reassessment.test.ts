// Re-assessment keeps every signal true to the case (issue 11 point 6), and an answer of the BRP outside its
// specification sends the case to manual review with a reason the officer can read (point 8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { createFakeBrp } from '../../adapters/brp/fake.ts';
import { BrpInvalidAnswerError } from '../../src/ports/brp.ts';
import { CE, correction, emigration } from '../helpers/events.ts';
import { createHarness, type Harness, onPostgres } from '../helpers/harness.ts';
import { startReceiver } from '../helpers/receiver.ts';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

let h: Harness;
let rvdkHook: Receiver;
let cikoHook: Receiver;
const brp = createFakeBrp();
const INVALID_CHILD = '999990378';
const real = brp.personen.bind(brp);
brp.personen = async (bsns, fields) => {
  if (bsns.includes(INVALID_CHILD))
    throw new BrpInvalidAnswerError(
      'schema mismatch',
      ['personen[].geboorte.datum'],
      'De BRP gaf de geboortedatum van het kind in een vorm die de specificatie niet kent.',
    );
  return real(bsns, fields);
};
const S = (key: string) => DEMO_SCENARIOS.find((s) => s.key === key) as (typeof DEMO_SCENARIOS)[number];

beforeAll(async () => {
  [rvdkHook, cikoHook] = await Promise.all([startReceiver(), startReceiver()]);
  h = await createHarness({ brp, env: { WEBHOOK_RVDK_IKO: rvdkHook.url, WEBHOOK_CIKO: cikoHook.url } });
});
afterAll(async () => {
  await h.close();
  await Promise.all([rvdkHook.close(), cikoHook.close()]);
});

async function settle() {
  for (let i = 0; i < 8; i++) {
    if (onPostgres()) await new Promise((r) => setTimeout(r, 300));
    else h.advance(120_000);
    await h.drain();
  }
}

describe('a correction that lowers the risk', () => {
  it('closes the signals the new level no longer routes, with the reason, and pushes the update', async () => {
    const s = S('toestemmingsverklaring');
    const token = await h.token('brp-bron', ['0363']);
    const first = await h.request('POST', '/api/v1/gebeurtenissen', {
      token,
      contentType: CE,
      body: emigration({
        id: 'ra-1',
        childBsn: s.childBsn,
        declarantBsn: s.declarantBsn,
        countryCode: '7014',
        countryName: 'Egypte',
      }),
    });
    await settle();
    const rvdk = await h.token('rvdk-iko');
    const ciko = await h.token('ciko');
    const signalsOf = async (t: string) =>
      (await h.request('GET', '/api/v1/signalen', { token: t })).json.signalen.filter(
        (x: { gegevens: Record<string, unknown> }) =>
          JSON.stringify(x.gegevens).includes(first.json.id) || x.gegevens.vertrekmelding === first.json.id,
      );
    const [before] = await signalsOf(rvdk);
    expect(before).toMatchObject({ niveau: 'hoog', status: 'nieuw' });
    const pushedBefore = rvdkHook.received.length;
    await h.request('POST', '/api/v1/gebeurtenissen', {
      token,
      contentType: CE,
      body: correction(
        {
          id: 'ra-2',
          childBsn: s.childBsn,
          declarantBsn: s.declarantBsn,
          countryCode: '5010',
          countryName: 'België',
          time: '2026-11-23T10:00:00Z',
        },
        'ra-1',
      ),
    });
    await settle();
    const officer = await h.token('gemeente', ['0363']);
    expect(
      (await h.request('GET', `/api/v1/vertrekmeldingen/${first.json.id}`, { token: officer })).json.risico.niveau,
    ).toBe('laag');
    const [after] = await signalsOf(rvdk);
    expect(after.status).toBe('afgesloten');
    expect(after.afhandeling).toMatchObject({ uitkomst: 'niveau-verlaagd', door: 'systeem' });
    expect(after.wijzigingen.at(-1)).toMatchObject({ soort: 'niveau-verlaagd' });
    const pushed = rvdkHook.received.slice(pushedBefore).map((r) => JSON.parse(r.body));
    expect(
      pushed.some(
        (e) => e.type === 'nl.vertreksignaal.signaal.bijgewerkt' && e.data.wijziging.soort === 'niveau-verlaagd',
      ),
    ).toBe(true);
    const cikoSignals = (await h.request('GET', '/api/v1/signalen', { token: ciko })).json.signalen;
    expect(
      cikoSignals.every(
        (x: { status: string; afhandeling: { uitkomst?: string } | null }) =>
          x.status === 'afgesloten' && x.afhandeling?.uitkomst === 'niveau-verlaagd',
      ),
    ).toBe(true);
  });
});

describe('an answer of the BRP outside its specification', () => {
  it('is retried, then sends the case to manual review with a readable reason, and is counted', async () => {
    const token = await h.token('brp-bron', ['0363']);
    const res = await h.request('POST', '/api/v1/gebeurtenissen', {
      token,
      contentType: CE,
      body: emigration({ id: 'ra-invalid', childBsn: INVALID_CHILD, declarantBsn: '999990007' }),
    });
    const officer = await h.token('gemeente', ['0363']);
    const read = async () =>
      (await h.request('GET', `/api/v1/vertrekmeldingen/${res.json.id}`, { token: officer })).json;
    // Three attempts with back-off between them: on PostgreSQL pg-boss waits for real seconds.
    for (let i = 0; i < 40 && (await read()).status === 'ontvangen'; i++) await settle();
    const c = await read();
    expect(c.status).toBe('handmatige-controle');
    expect(c.beoordeling).toMatchObject({
      vanToepassing: false,
      reden: 'brp-antwoord-ongeldig',
      toelichting: expect.stringContaining('geboortedatum'),
    });
    const metrics = await h.app.request('/metrics');
    expect(await metrics.text()).toMatch(/vertreksignaal_brp_invalid_answers_total \d+/);
  });
});
