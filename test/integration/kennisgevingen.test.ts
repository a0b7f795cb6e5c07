// The municipality's side of notifying the other custody holder (issue: kennisgevingen), through HTTP.
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { CE, correction, emigration, immigration, withdrawal } from '../helpers/events.ts';
import { createHarness, type Harness, onPostgres } from '../helpers/harness.ts';

let h: Harness;
let brp: string, officer: string;
const scenario = (key: string) => DEMO_SCENARIOS.find((s) => s.key === key)!;
const joint = () =>
  DEMO_SCENARIOS.find(
    (s) =>
      s.expected.notifiedBsns.length === 1 &&
      !s.expected.heldForSafety &&
      s.expected.status === 'beoordeeld' &&
      s.municipalityCode === '0363',
  )!;
const held = () => DEMO_SCENARIOS.find((s) => s.expected.heldForSafety)!;

async function postAndAssess(
  s: (typeof DEMO_SCENARIOS)[number],
  id: string,
  extra: Partial<Parameters<typeof emigration>[0]> = {},
) {
  const res = await h.request('POST', '/api/v1/gebeurtenissen', {
    token: brp,
    contentType: CE,
    body: emigration({
      id,
      childBsn: s.childBsn,
      declarantBsn: s.declarantBsn,
      coSignerBsns: s.coSignerBsns,
      date: s.departureDate,
      countryCode: s.countryCode,
      municipality: s.municipalityCode,
      ...extra,
    }),
  });
  expect(res.status).toBe(202);
  await h.drain();
  const c = await h.request('GET', `/api/v1/vertrekmeldingen/${res.json.id}`, { token: officer });
  return { caseId: res.json.id as string, case: c.json, notificationId: c.json.kennisgevingen[0]?.id as string };
}

beforeAll(async () => {
  h = await createHarness();
  brp = await h.token('brp-bron', ['0363', '0518']);
  officer = await h.token('gemeente', ['0363', '0518'], 'ambtenaar-1');
});
afterAll(() => h.close());

describe('worklist and detail', () => {
  it('puts a notification for the other holder on the worklist, oldest first, with a due date', async () => {
    const s = joint();
    const { notificationId } = await postAndAssess(s, 'kg-worklist');
    const list = await h.request('GET', '/api/v1/kennisgevingen?status=te-beoordelen', { token: officer });
    expect(list.status).toBe(200);
    const item = list.json.kennisgevingen.find((k: { id: string }) => k.id === notificationId);
    expect(item).toMatchObject({
      status: 'te-beoordelen',
      termijnVerstreken: false,
      uiterlijkBeoordeeldOp: '2026-11-30',
    });
    const created = list.json.kennisgevingen.map((k: { historie: { op: string }[] }) => k.historie[0].op);
    expect([...created].sort()).toEqual(created);
  });

  it('flags a notification overdue after the configured working days', async () => {
    const s = joint();
    const { notificationId } = await postAndAssess(s, 'kg-overdue', { childBsn: s.childBsn, date: '2027-02-01' });
    h.advance(8 * 86_400_000);
    const detail = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    expect(detail.json.termijnVerstreken).toBe(true);
    h.advance(-8 * 86_400_000);
  });

  it('shows the recipient with their own address and the text that will be sent', async () => {
    const { notificationId } = await postAndAssess(joint(), 'kg-detail', { date: '2027-03-01' });
    const d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    expect(d.status).toBe(200);
    expect(d.json.ontvanger.naam).toBeTruthy();
    expect(d.json.ontvanger.adres.adresregels.length).toBeGreaterThan(0);
    expect(d.json.tekst.join(' ')).toContain('CIKO');
    expect(d.json.tekst.join(' ')).not.toContain('Rue Haute');
  });

  it('holds the notification when geheimhouding applies', async () => {
    const s = held();
    const { case: c } = await postAndAssess(s, 'kg-held');
    expect(c.kennisgevingen.every((k: { status: string }) => k.status === 'aangehouden')).toBe(true);
    const d = await h.request('GET', `/api/v1/kennisgevingen/${c.kennisgevingen[0].id}`, { token: officer });
    expect(d.json.aanhoudredenen.some((r: string) => r.startsWith('geheimhouding'))).toBe(true);
  });
});

describe('officer actions', () => {
  it('sends once, delivers through the Berichtenbox, and refuses a second send with 409', async () => {
    const { notificationId } = await postAndAssess(joint(), 'kg-send', { date: '2027-04-01' });
    const sent = await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`, { token: officer });
    expect(sent.status).toBe(200);
    expect(sent.json.status).toBe('verzonden');
    expect(sent.json.historie.at(-1)).toMatchObject({ status: 'verzonden', door: 'ambtenaar-1' });
    const again = await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`, { token: officer });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    // RFC 9457: `status` is the HTTP code; the notification's own status travels as an extension member.
    expect(again.json).toMatchObject({ status: 409, huidigeStatus: 'verzonden' });
    await h.drain();
    const d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    expect(d.json.status).toBe('bezorgd');
    expect([...h.berichtenbox.delivered.keys()].filter((k) => k.startsWith(notificationId))).toHaveLength(1);
  });

  it('holds and cancels with a reason; illegal transitions answer 409 with the current status', async () => {
    const { notificationId } = await postAndAssess(joint(), 'kg-hold', { date: '2027-05-01' });
    expect(
      (await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/aanhouden`, { token: officer, body: {} }))
        .status,
    ).toBe(400);
    const hold = await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/aanhouden`, {
      token: officer,
      body: { reden: 'Melding huiselijk geweld bekend' },
    });
    expect(hold.json.status).toBe('aangehouden');
    const holdAgain = await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/aanhouden`, {
      token: officer,
      body: { reden: 'nogmaals' },
    });
    expect(holdAgain.status).toBe(409);
    expect(holdAgain.json).toMatchObject({ status: 409, huidigeStatus: 'aangehouden' });
    const cancel = await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/annuleren`, {
      token: officer,
      body: { reden: 'Na overleg niet nodig' },
    });
    expect(cancel.json.status).toBe('geannuleerd');
    expect(
      (await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`, { token: officer })).status,
    ).toBe(409);
  });

  it('retries a failing Berichtenbox and finally marks the notification mislukt with a reason', async () => {
    const { notificationId } = await postAndAssess(joint(), 'kg-fail', { date: '2027-06-01' });
    h.berichtenbox.failing = true;
    await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`, { token: officer });
    // Embedded runner: move the clock past each back-off. pg-boss: its back-off runs in real time (about 31 s).
    let d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    for (let i = 0; i < 120 && d.json.status !== 'mislukt'; i++) {
      if (onPostgres()) await new Promise((r) => setTimeout(r, 1000));
      else h.advance(120_000);
      await h.drain();
      d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    }
    h.berichtenbox.failing = false;
    expect(d.json.status).toBe('mislukt');
    expect(d.json.laatsteFout).toContain('Berichtenbox');
    const list = await h.request('GET', '/api/v1/kennisgevingen?status=mislukt', { token: officer });
    expect(list.json.kennisgevingen.map((k: { id: string }) => k.id)).toContain(notificationId);
  }, 150_000);
});

describe('a crash in the middle of sending', () => {
  it('delivers once: the retry reuses the idempotency key', async () => {
    const { notificationId } = await postAndAssess(joint(), 'kg-crash', { date: '2027-06-15' });
    h.berichtenbox.failAfterDelivery = 1;
    const callsBefore = h.berichtenbox.calls;
    await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`, { token: officer });
    let d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    for (let i = 0; i < 60 && d.json.status !== 'bezorgd'; i++) {
      if (onPostgres()) await new Promise((r) => setTimeout(r, 500));
      else h.advance(120_000);
      await h.drain();
      d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    }
    expect(d.json.status).toBe('bezorgd');
    expect(h.berichtenbox.calls - callsBefore).toBeGreaterThanOrEqual(2);
    expect([...h.berichtenbox.delivered.keys()].filter((k) => k.startsWith(notificationId))).toHaveLength(1);
  }, 60_000);
});

describe('the letter', () => {
  it('goes to the foreign address of a recipient registered abroad (RNI)', async () => {
    const s = DEMO_SCENARIOS.find((x) => x.key === 'ontvanger-in-buitenland')!;
    const { notificationId } = await postAndAssess(s, 'kg-rni');
    const res = await h.app.request(`/api/v1/kennisgevingen/${notificationId}/brief`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), {
      mergePages: true,
    });
    expect(text).toContain('10115 Berlin');
    expect(text).toContain('DUITSLAND');
  });

  it('is a PDF with the required facts and no address but the recipient’s own', async () => {
    const { notificationId } = await postAndAssess(joint(), 'kg-letter', { date: '2027-07-01' });
    const d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    const res = await h.app.request(`/api/v1/kennisgevingen/${notificationId}/brief`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Amsterdam');
    expect(flat).toContain('België');
    expect(flat).toContain('1 juli 2027');
    expect(flat).toContain(d.json.kenmerk);
    expect(flat).toMatch(/kinderontvoering\.org/);
    expect(flat).toMatch(/Juridisch Loket/);
    for (const line of d.json.ontvanger.adres.adresregels) expect(flat).toContain(line.replace(/\s+/g, ' '));
    expect(flat).not.toContain('Rue Haute');
    expect(flat).not.toContain('Bruxelles');
    expect(flat).not.toMatch(/\b\d{9}\b/);
  });
});

describe('corrections, withdrawals and immigration', () => {
  it('updates a pending notification on correction and sends a follow-up for a sent one', async () => {
    const s = joint();
    const { caseId, notificationId } = await postAndAssess(s, 'kg-corr', { date: '2027-08-01' });
    await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`, { token: officer });
    await h.drain();
    await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: correction(
        {
          id: 'kg-corr-2',
          childBsn: s.childBsn,
          declarantBsn: s.declarantBsn,
          date: '2027-08-20',
          countryCode: s.countryCode,
          municipality: s.municipalityCode,
          time: '2026-11-23T10:00:00Z',
        },
        'kg-corr',
      ),
    });
    await h.drain();
    const d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    expect(d.json.vervolgbrieven).toEqual([expect.objectContaining({ soort: 'correctie', status: 'bezorgd' })]);
    const c = await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: officer });
    expect(c.json.vertrek.datum.datum).toBe('2027-08-20');
  });

  it('cancels pending notifications on withdrawal, with a reason', async () => {
    const s = joint();
    const { caseId, notificationId } = await postAndAssess(s, 'kg-withdraw', { date: '2027-09-01' });
    await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: withdrawal(s.childBsn, 'kg-withdraw'),
    });
    await h.drain();
    const c = await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: officer });
    expect(c.json.status).toBe('ingetrokken');
    const d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    expect(d.json.status).toBe('geannuleerd');
    expect(d.json.historie.at(-1).reden).toBe('registratie-ingetrokken');
  });

  it('closes the case on immigration and sends a follow-up letter for a sent notification', async () => {
    const s = joint();
    const { caseId, notificationId } = await postAndAssess(s, 'kg-immigr', { date: '2027-10-01' });
    await h.request('POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`, { token: officer });
    await h.drain();
    await h.request('POST', '/api/v1/gebeurtenissen', { token: brp, contentType: CE, body: immigration(s.childBsn) });
    await h.drain();
    const c = await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: officer });
    expect(c.json.status).toBe('afgesloten');
    const d = await h.request('GET', `/api/v1/kennisgevingen/${notificationId}`, { token: officer });
    expect(d.json.vervolgbrieven.map((f: { soort: string }) => f.soort)).toContain('immigratie');
  });
});

describe('another municipality', () => {
  it('gets 403 on every notification route', async () => {
    // Registered after the child's immigration earlier in this file (event time decides, not arrival order).
    const { notificationId } = await postAndAssess(joint(), 'kg-other', {
      date: '2027-11-01',
      time: '2026-11-26T09:00:00Z',
    });
    const other = await h.token('gemeente', ['0599']);
    for (const [method, path, body] of [
      ['GET', `/api/v1/kennisgevingen/${notificationId}`],
      ['GET', `/api/v1/kennisgevingen/${notificationId}/brief`],
      ['POST', `/api/v1/kennisgevingen/${notificationId}/verzenden`],
      ['POST', `/api/v1/kennisgevingen/${notificationId}/aanhouden`, { reden: 'test reden' }],
      ['POST', `/api/v1/kennisgevingen/${notificationId}/annuleren`, { reden: 'test reden' }],
    ] as [string, string, unknown?][]) {
      expect((await h.request(method, path, { token: other, body })).status, `${method} ${path}`).toBe(403);
    }
    const list = await h.request('GET', '/api/v1/kennisgevingen', { token: other });
    expect(list.json.kennisgevingen.map((k: { id: string }) => k.id)).not.toContain(notificationId);
  });
});

void scenario;
