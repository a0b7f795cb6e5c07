// The published rule set, a signal's life, the SIS hand-off and watch markings through HTTP, on cases of their
// own: two marked children, each signalled urgently to the RvdK IKO, the Ca IKA and CIKO.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CE, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
let officer: string, rvdk: string, ca: string;
// Joint-custody demo families (child, declaring parent).
const FAMILIES = [
  { id: 'sis-lieke', child: '999990378', declarant: '999990007' },
  { id: 'sis-olivia', child: '999990421', declarant: '999990081' },
];

beforeAll(async () => {
  h = await createHarness();
  const brp = await h.token('brp-bron', ['0363', '0518']);
  officer = await h.token('gemeente', ['0363', '0518']);
  rvdk = await h.token('rvdk-iko', undefined, 'raad-1');
  ca = await h.token('ca-ika', undefined, 'ca-1');
  for (const f of FAMILIES) {
    const mark = await h.request('POST', '/api/v1/aandachtsmarkeringen', {
      token: rvdk,
      body: { burgerservicenummer: f.child, reden: 'Dreigende ontvoering gemeld', geldigTot: '2027-06-30' },
    });
    expect(mark.status).toBe(201);
    const res = await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: emigration({ id: f.id, childBsn: f.child, declarantBsn: f.declarant }),
    });
    expect(res.status).toBe(202);
  }
  await h.drain();
});
afterAll(() => h.close());

describe('the rule set', () => {
  it('publishes the rule set without a token', async () => {
    const res = await h.request('GET', '/api/v1/risicoregels');
    expect(res.status).toBe(200);
    expect(res.json.versie).toBeTruthy();
    for (const r of res.json.regels)
      expect(r).toMatchObject({
        id: expect.any(String),
        omschrijving: expect.any(String),
        effect: expect.any(Object),
        gegevens: expect.any(Array),
        grondslag: expect.any(String),
      });
  });
});

describe('a signal', () => {
  it('moves a signal through in-behandeling to afgesloten; a second close is 409', async () => {
    const s = (await h.request('GET', '/api/v1/signalen?status=nieuw', { token: rvdk })).json.signalen[0];
    expect((await h.request('POST', `/api/v1/signalen/${s.id}/in-behandeling`, { token: rvdk })).json.status).toBe(
      'in-behandeling',
    );
    const closed = await h.request('POST', `/api/v1/signalen/${s.id}/afsluiten`, {
      token: rvdk,
      body: { uitkomst: 'geen-actie-nodig', toelichting: 'Ouders verhuizen samen.' },
    });
    expect(closed.json.status).toBe('afgesloten');
    expect(closed.json.afhandeling).toMatchObject({ uitkomst: 'geen-actie-nodig', door: 'raad-1' });
    const again = await h.request('POST', `/api/v1/signalen/${s.id}/afsluiten`, {
      token: rvdk,
      body: { uitkomst: 'nogmaals' },
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ status: 409, huidigeStatus: 'afgesloten' });
  });

  it('flags a signal overdue after its SLA', async () => {
    h.advance(5 * 3_600_000);
    const list = (await h.request('GET', '/api/v1/signalen?status=nieuw', { token: ca })).json.signalen;
    expect(
      list.some((s: { termijnVerstreken: boolean; niveau: string }) => s.niveau === 'urgent' && s.termijnVerstreken),
    ).toBe(true);
    h.advance(-5 * 3_600_000);
  });
});

describe('SIS hand-off', () => {
  it('lets the signalled organisation file with a decision reference, tracks the authority, withdraws', async () => {
    const s = (await h.request('GET', '/api/v1/signalen', { token: rvdk })).json.signalen.find(
      (x: { status: string }) => x.status !== 'afgesloten',
    );
    const body = {
      beslissingskenmerk: 'RB-AMS-2026-1234',
      rechtsgrond: 'art-32-1-c',
      reisdocumenten: [{ soort: 'paspoort', nummer: 'NX12345' }],
      motivering: 'Concreet en acuut risico op ontvoering volgens beschikking.',
    };
    // The Ca IKA may file SIS requests, but only on its own signals.
    expect((await h.request('POST', `/api/v1/signalen/${s.id}/sis-verzoeken`, { token: ca, body })).status).toBe(403);
    expect((await h.request('POST', `/api/v1/signalen/${s.id}/sis-verzoeken`, { token: officer, body })).status).toBe(
      403,
    );
    const missing = await h.request('POST', `/api/v1/signalen/${s.id}/sis-verzoeken`, {
      token: rvdk,
      body: { ...body, beslissingskenmerk: undefined },
    });
    expect(missing.status).toBe(400);
    expect(missing.json.invalidParams[0].name).toBe('beslissingskenmerk');
    const filed = await h.request('POST', `/api/v1/signalen/${s.id}/sis-verzoeken`, { token: rvdk, body });
    expect(filed.status).toBe(201);
    expect(filed.json).toMatchObject({
      status: 'aangeboden',
      beslissingskenmerk: 'RB-AMS-2026-1234',
      herbeoordelingOp: '2027-11-23',
    });
    await h.drain();
    const handed = (
      await h.request('GET', `/api/v1/signalen/${s.id}/sis-verzoeken`, { token: rvdk })
    ).json.sisVerzoeken.find((r: { id: string }) => r.id === filed.json.id);
    expect(handed.status).toBe('in-behandeling');
    const ref = handed.historie.at(-1).kenmerk;
    expect(ref).toMatch(/^sis-/);
    h.sis.decide(ref, 'geplaatst');
    await h.runScheduled(['sis-refresh']);
    const placed = (
      await h.request('GET', `/api/v1/signalen/${s.id}/sis-verzoeken`, { token: rvdk })
    ).json.sisVerzoeken.find((r: { id: string }) => r.id === filed.json.id);
    expect(placed.status).toBe('geplaatst');
    expect(
      (
        await h.request('POST', `/api/v1/sis-verzoeken/${filed.json.id}/intrekken`, {
          token: ca,
          body: { reden: 'niet van ons' },
        })
      ).status,
    ).toBe(403);
    const withdrawn = await h.request('POST', `/api/v1/sis-verzoeken/${filed.json.id}/intrekken`, {
      token: rvdk,
      body: { reden: 'Ouders hebben een regeling getroffen.' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json.status).toBe('ingetrokken');
    await h.drain();
    expect(h.sis.requests.get(ref)?.status).toBe('ingetrokken');
    expect(
      (
        await h.request('POST', `/api/v1/sis-verzoeken/${filed.json.id}/intrekken`, {
          token: rvdk,
          body: { reden: 'nogmaals' },
        })
      ).status,
    ).toBe(409);
  });
});

describe('watch markings', () => {
  it('lists own markings, lets only the owner end them, and lets them expire', async () => {
    const m = await h.request('POST', '/api/v1/aandachtsmarkeringen', {
      token: ca,
      body: { burgerservicenummer: '999990482', reden: 'Melding via politie', geldigTot: '2026-11-24' },
    });
    expect(
      (await h.request('GET', '/api/v1/aandachtsmarkeringen', { token: ca })).json.aandachtsmarkeringen.map(
        (x: { id: string }) => x.id,
      ),
    ).toContain(m.json.id);
    expect((await h.request('DELETE', `/api/v1/aandachtsmarkeringen/${m.json.id}`, { token: rvdk })).status).toBe(403);
    h.advance(3 * 86_400_000);
    expect(
      (await h.request('GET', '/api/v1/aandachtsmarkeringen', { token: ca })).json.aandachtsmarkeringen.map(
        (x: { id: string }) => x.id,
      ),
    ).not.toContain(m.json.id);
    h.advance(-3 * 86_400_000);
    expect((await h.request('DELETE', `/api/v1/aandachtsmarkeringen/${m.json.id}`, { token: ca })).status).toBe(204);
    expect(
      (
        await h.request('POST', '/api/v1/aandachtsmarkeringen', {
          token: officer,
          body: { burgerservicenummer: '999990482', reden: 'x123', geldigTot: '2027-01-01' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await h.request('POST', '/api/v1/aandachtsmarkeringen', {
          token: ca,
          body: { burgerservicenummer: '999990483', reden: 'x123', geldigTot: '2027-01-01' },
        })
      ).status,
    ).toBe(400);
  });
});
