// Closing the loop with the chain partners (issue 14 points 4-7, contract §5 v2): SIS requests withdrawn with their
// case, the Ca IKA's Hague return request, the evaluation figures, and what an immigration tells everyone.
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { CE, emigration, immigration, withdrawal } from '../helpers/events.ts';
import { createHarness, type Harness, onPostgres } from '../helpers/harness.ts';

let h: Harness;
let brp: string;
let ca: string;
let rvdk: string;
const S = (key: string) => DEMO_SCENARIOS.find((s) => s.key === key) as (typeof DEMO_SCENARIOS)[number];

beforeAll(async () => {
  h = await createHarness();
  brp = await h.token('brp-bron', ['0363']);
  ca = await h.token('ca-ika', undefined, 'ca-1');
  rvdk = await h.token('rvdk-iko', undefined, 'raad-1');
});
afterAll(() => h.close());

async function settle() {
  for (let i = 0; i < 4; i++) {
    if (onPostgres()) await new Promise((r) => setTimeout(r, 250));
    await h.drain();
  }
}

/** A marked child's departure: urgent, so all three organisations get a signal. */
async function urgentCase(key: string, id: string) {
  const s = S(key);
  await h.request('POST', '/api/v1/aandachtsmarkeringen', {
    token: ca,
    body: { burgerservicenummer: s.childBsn, reden: 'Melding van de politie', geldigTot: '2027-06-30' },
  });
  const res = await h.request('POST', '/api/v1/gebeurtenissen', {
    token: brp,
    contentType: CE,
    body: emigration({ id, childBsn: s.childBsn, declarantBsn: s.declarantBsn, date: s.departureDate }),
  });
  await settle();
  const signalOf = async (token: string) =>
    (await h.request('GET', `/api/v1/vertrekmeldingen/${res.json.id}`, { token })).json.signalen[0];
  return {
    caseId: res.json.id as string,
    child: s.childBsn,
    caSignal: await signalOf(ca),
    rvdkSignal: await signalOf(rvdk),
  };
}

describe('the Hague return request', () => {
  it('is a PDF for the Ca IKA with child, destination, foreign address; not for RvdK or municipality', async () => {
    const { caSignal, rvdkSignal } = await urgentCase('gezamenlijk-gezag', 'cp-return');
    const res = await h.app.request(`/api/v1/signalen/${caSignal.id}/teruggeleidingsverzoek`, {
      headers: { authorization: `Bearer ${ca}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), {
      mergePages: true,
    });
    expect(text).toContain('Lieke Jansen');
    expect(text).toContain('België');
    expect(text).toContain('Rue Haute 12');
    expect(
      (await h.request('GET', `/api/v1/signalen/${rvdkSignal.id}/teruggeleidingsverzoek`, { token: rvdk })).status,
    ).toBe(403);
    expect(
      (
        await h.request('GET', `/api/v1/signalen/${caSignal.id}/teruggeleidingsverzoek`, {
          token: await h.token('gemeente', ['0363']),
        })
      ).status,
    ).toBe(403);
  });
});

describe('a case that ends', () => {
  it('withdraws its open SIS requests with the reason, and tells every organisation signalled', async () => {
    const { rvdkSignal, child } = await urgentCase('toestemmingsverklaring', 'cp-sis');
    const filed = await h.request('POST', `/api/v1/signalen/${rvdkSignal.id}/sis-verzoeken`, {
      token: rvdk,
      body: { beslissingskenmerk: 'RB-2026-77', motivering: 'Acuut risico volgens de beschikking.' },
    });
    await settle();
    await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: withdrawal(child, 'cp-sis', 'cp-sis-w', { municipality: '0363' }),
    });
    await settle();
    const [request] = (await h.request('GET', `/api/v1/signalen/${rvdkSignal.id}/sis-verzoeken`, { token: rvdk })).json
      .sisVerzoeken;
    expect(request).toMatchObject({ id: filed.json.id, status: 'ingetrokken' });
    expect(request.historie.map((e: { status: string }) => e.status)).toEqual([
      'aangeboden',
      'in-behandeling',
      'ingetrokken',
      'intrekking-bevestigd',
    ]);
    const signal = (await h.request('GET', `/api/v1/signalen/${rvdkSignal.id}`, { token: rvdk })).json;
    expect(signal).toMatchObject({ status: 'afgesloten', afhandeling: { uitkomst: 'registratie-ingetrokken' } });
  });

  it('closes on immigration in every organisation, with the reason', async () => {
    const { caSignal, rvdkSignal, child } = await urgentCase('ouder-en-derde', 'cp-imm');
    await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: immigration(child, 'cp-imm-back', { time: '2026-11-24T09:00:00Z' }),
    });
    await settle();
    for (const [token, s] of [
      [ca, caSignal],
      [rvdk, rvdkSignal],
    ] as const) {
      const after = (await h.request('GET', `/api/v1/signalen/${s.id}`, { token })).json;
      expect(after).toMatchObject({ status: 'afgesloten', afhandeling: { uitkomst: 'kind-weer-in-nederland' } });
      expect(after.wijzigingen.at(-1).soort).toBe('kind-weer-in-nederland');
    }
  });
});

describe('evaluation figures', () => {
  it('count per status, level, rule, recipient and outcome, small cells as "<10", no personal data', async () => {
    const { rvdkSignal } = await urgentCase('medeondertekend', 'cp-stats');
    await h.request('POST', `/api/v1/signalen/${rvdkSignal.id}/afsluiten`, {
      token: rvdk,
      body: { uitkomst: 'terecht-actie-ondernomen', toelichting: 'Ouders aangesproken.' },
    });
    const res = await h.request('GET', '/api/v1/statistieken?van=2026-01-01&tot=2026-12-31', {
      token: await h.token('ciko'),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.json.signalen.perUitkomst['terecht-actie-ondernomen']).toBe('<10');
    expect(res.json.vertrekmeldingen.totaal).toBe('<10');
    const text = JSON.stringify(res.json);
    expect(text).not.toMatch(/(?<!\d)\d{9}(?!\d)/);
    for (const s of DEMO_SCENARIOS) expect(text).not.toContain(s.childBsn);
    expect(text).not.toContain('Jansen');
    expect((await h.request('GET', '/api/v1/statistieken', { token: await h.token('privacy') })).status).toBe(200);
    expect(
      (await h.request('GET', '/api/v1/statistieken', { token: await h.token('gemeente', ['0363']) })).status,
    ).toBe(403);
    const wrong = await h.request('GET', '/api/v1/statistieken?van=2026-12-31&tot=2026-01-01', {
      token: await h.token('ciko'),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.invalidParams[0].name).toBe('van');
  });
});
