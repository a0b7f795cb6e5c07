// The signal and watch-marking pages without a browser: a page action leaves the same stored state and logboek
// entries as the API, another organisation's signal is a 403 page with a logboek entry, CIKO sees no person, a
// form without its CSRF token changes nothing, the deadline shows as the API gives it, no BSN in any URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/demo.ts';
import { sql } from '../../src/store/sql.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';
import { pageClient, textOf } from '../helpers/page-client.ts';

let h: Harness;
const LIEKE = '999990378';

beforeAll(async () => {
  h = await createHarness();
  await seedDemoData(h.ctx);
  // Two more children marked by the RvdK: their open cases turn urgent, so every organisation has signals.
  const token = await h.token('rvdk-iko');
  for (const bsn of ['999990421', '999990585']) {
    const body = { burgerservicenummer: bsn, reden: 'Zorg gemeld', geldigTot: '2027-06-30' };
    expect((await h.request('POST', '/api/v1/aandachtsmarkeringen', { token, body })).status).toBe(201);
  }
  await h.drain();
});
afterAll(() => h?.close());

async function apiSignals(role: string, status = 'nieuw') {
  const res = await h.request('GET', `/api/v1/signalen?status=${status}`, { token: await h.token(role) });
  return res.json.signalen as { id: string; status: string; niveau: string; gegevens: Record<string, unknown> }[];
}

const auditOf = (id: string) =>
  h.rows<Record<string, unknown>>(
    sql`SELECT actor_role, operation, object_type, object_id, purpose, outcome FROM audit_log
      WHERE object_id = ${id} ORDER BY seq`,
  );
const signalRow = (id: string) =>
  h.rows<Record<string, unknown>>(
    sql`SELECT status, level, outcome, picked_up_at, closed_at FROM signals WHERE id = ${id}`,
  );

describe('signal pages', () => {
  it('picks up and closes a signal through the page with the same state and logboek entries as the API', async () => {
    // Two signals of the same level, one handled through the page and one through the API.
    const open = await apiSignals('rvdk-iko');
    const level = open.find((s) => open.filter((t) => t.niveau === s.niveau).length > 1)?.niveau;
    const [viaPage, viaApi] = open.filter((s) => s.niveau === level);
    expect(viaApi).toBeDefined();
    const p = pageClient(h.app);
    await p.loginAs('rvdk-iko');
    expect((await p.get(`/signalen/${viaPage.id}`)).status).toBe(200);
    expect((await p.post(`/signalen/${viaPage.id}/oppakken`)).location).toBe(`/signalen/${viaPage.id}`);
    await p.get(`/signalen/${viaPage.id}`);
    const closed = await p.post(`/signalen/${viaPage.id}/afsluiten`, {
      uitkomst: 'onterecht',
      toelichting: 'Geen risico.',
    });
    expect(closed.status).toBe(303);

    const token = await h.token('rvdk-iko');
    await h.request('GET', `/api/v1/signalen/${viaApi.id}`, { token });
    await h.request('POST', `/api/v1/signalen/${viaApi.id}/in-behandeling`, { token });
    const body = { uitkomst: 'onterecht', toelichting: 'Geen risico.' };
    expect((await h.request('POST', `/api/v1/signalen/${viaApi.id}/afsluiten`, { token, body })).status).toBe(200);

    const [a, b] = [await signalRow(viaPage.id), await signalRow(viaApi.id)];
    const strip = (r: Record<string, unknown>) => ({
      ...r,
      outcome: { ...(typeof r.outcome === 'string' ? JSON.parse(r.outcome) : r.outcome), door: 'x' },
    });
    expect(strip(a[0])).toEqual(strip(b[0]));
    expect(a[0].status).toBe('afgesloten');
    // The page also reads the SIS requests of the signal (one more read entry); the actions are the same.
    const actions = async (id: string) =>
      (await auditOf(id)).filter(
        (e) => e.actor_role === 'rvdk-iko' && !/^(lezen|sis-verzoeken-lezen)/.test(String(e.operation)),
      );
    const norm = (rows: Record<string, unknown>[], id: string) =>
      rows.map((r) => ({ ...r, object_id: r.object_id === id }));
    expect(norm(await actions(viaPage.id), viaPage.id)).toEqual(norm(await actions(viaApi.id), viaApi.id));
    expect((await actions(viaPage.id)).map((e) => e.operation)).toEqual([
      'in-behandeling-nemen',
      'afsluiten:onterecht',
    ]);
  });

  it("shows the 403 page for another organisation's signal and records the refusal", async () => {
    const [cikoSignal] = await apiSignals('ciko');
    const p = pageClient(h.app);
    await p.loginAs('rvdk-iko');
    const res = await p.get(`/signalen/${cikoSignal.id}`);
    expect(res.status).toBe(403);
    expect(textOf(res.html)).toContain('Dit signaal is niet aan uw organisatie gericht.');
    const refused = (await auditOf(cikoSignal.id)).filter((e) => e.outcome === 'geweigerd');
    expect(refused).toMatchObject([{ actor_role: 'rvdk-iko', operation: 'geweigerd:andere-organisatie' }]);
    expect((await p.get('/signalen/geen-uuid')).status).toBe(404);
  });

  it('shows CIKO the pattern only: no name, no BSN, no SIS requests, no return request', async () => {
    const [signal] = await apiSignals('ciko');
    const p = pageClient(h.app);
    await p.loginAs('ciko');
    const inbox = textOf((await p.get('/signalen')).html);
    expect(inbox).toContain('Patroon');
    const page = await p.get(`/signalen/${signal.id}`);
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('Dit is een patroonsignaal');
    expect(`${inbox} ${text}`).not.toContain('onbekend jaar');
    expect(text).not.toMatch(/\b\d{9}\b/);
    expect(text).not.toContain('SIS-verzoek');
    expect(text).not.toContain('teruggeleiding');
    expect((await p.get(`/signalen/${signal.id}/sis-verzoek`)).status).toBe(403);
  });

  it('changes nothing when the close form comes without a valid CSRF token', async () => {
    const [signal] = await apiSignals('rvdk-iko');
    const p = pageClient(h.app);
    await p.loginAs('rvdk-iko');
    const res = await p.postWithout(`/signalen/${signal.id}/afsluiten`, { uitkomst: 'onterecht', _csrf: 'vervalst' });
    expect(res.status).toBe(403);
    expect(textOf(res.html)).toContain('Het formulier is niet verwerkt');
    expect((await signalRow(signal.id))[0].status).toBe('nieuw');
  });

  it('shows the deadline as the API gives it, and a passed one as passed', async () => {
    const [signal] = await apiSignals('rvdk-iko');
    const api = async () =>
      (await h.request('GET', `/api/v1/signalen/${signal.id}`, { token: await h.token('rvdk-iko') })).json;
    const hoursTo = async () =>
      Math.floor(Math.abs(Date.parse((await api()).uiterlijkOppakkenOp) - h.now()) / 3_600_000);
    const p = pageClient(h.app);
    await p.loginAs('rvdk-iko');
    expect(textOf((await p.get(`/signalen/${signal.id}`)).html)).toContain(
      `Nog ${await hoursTo()} uur om op te pakken`,
    );
    h.advance(30 * 3_600_000);
    await p.loginAs('rvdk-iko');
    expect((await api()).termijnVerstreken).toBe(true);
    const late = `Termijn verstreken: ${await hoursTo()} uur te laat`;
    expect(textOf((await p.get(`/signalen/${signal.id}`)).html)).toContain(late);
    expect(textOf((await p.get('/signalen')).html)).toContain(late);
  });
});

describe('watch marking page', () => {
  it('adds a marking from the POST body only, shows errors per field, and ends it', async () => {
    const p = pageClient(h.app);
    await p.loginAs('ca-ika');
    await p.get('/aandachtsmarkeringen');
    const bad = await p.post('/aandachtsmarkeringen', {
      burgerservicenummer: '123456789',
      reden: 'x',
      geldigTot: '2020-01-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('id="veld-burgerservicenummer-fout"');
    expect(bad.html).toContain('id="veld-reden-fout"');
    expect(bad.html).toContain('href="#veld-burgerservicenummer"');
    const past = await p.post('/aandachtsmarkeringen', {
      burgerservicenummer: LIEKE,
      reden: 'Zorg',
      geldigTot: '1-1-2020',
    });
    expect(past.status).toBe(400);
    const dateWords = 'Vul een geldige datum in als dag-maand-jaar, vandaag of later, bijvoorbeeld 30-06-2027.';
    expect(textOf(past.html)).toContain(dateWords);
    for (const geldigTot of ['31-02-2027', 'volgend jaar']) {
      const wrong = await p.post('/aandachtsmarkeringen', { burgerservicenummer: LIEKE, reden: 'Zorg', geldigTot });
      expect([wrong.status, textOf(wrong.html)]).toEqual([400, expect.stringContaining(dateWords)]);
    }
    const ok = await p.post('/aandachtsmarkeringen', {
      burgerservicenummer: LIEKE,
      reden: 'Dreiging gemeld',
      geldigTot: '30-06-2027',
    });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/aandachtsmarkeringen');
    await h.drain();
    const list = await p.get('/aandachtsmarkeringen');
    expect(textOf(list.html)).toContain(LIEKE);
    // The marking made Lieke's open case urgent, so the Ca IKA now has a signal for it.
    expect(
      (await apiSignals('ca-ika')).some(
        (s) => (s.gegevens.kind as { burgerservicenummer: string }).burgerservicenummer === LIEKE,
      ),
    ).toBe(true);
    const id = /action="\/aandachtsmarkeringen\/([0-9a-f-]{36})\/beeindigen"/.exec(list.html)?.[1];
    expect((await p.post(`/aandachtsmarkeringen/${id}/beeindigen`)).status).toBe(303);
    expect(textOf((await p.get('/aandachtsmarkeringen')).html)).toContain('Er zijn geen actieve markeringen.');
    expect(textOf((await p.get('/aandachtsmarkeringen?alle=ja')).html)).toContain('Beëindigd op');
    const urls = await h.rows<{ operation: string }>(sql`SELECT operation FROM audit_log WHERE object_id = ${id}`);
    expect(urls.map((r) => r.operation)).toEqual(
      expect.arrayContaining(['markering-aanmaken', 'markering-beeindigen']),
    );
  });
});
