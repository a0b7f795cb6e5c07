// Retention (issue 11 point 14): every table that holds personal data loses it on its schedule, and the logboek still
// verifies afterwards. One test per table; the scheduled job is the same on every deployment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { sealAudit, verifyAudit } from '../../src/app/audit/seal.ts';
import { sql } from '../../src/store/sql.ts';
import { CE, emigration, withdrawal } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
let caseId: string;
let sisId: string;
const DAY = 86_400_000;
const S = DEMO_SCENARIOS.find((s) => s.key === 'gezamenlijk-gezag') as (typeof DEMO_SCENARIOS)[number];
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

beforeAll(async () => {
  h = await createHarness();
  const brp = await h.token('brp-bron', ['0363']);
  const ca = await h.token('ca-ika');
  const rvdk = await h.token('rvdk-iko');
  await h.request('POST', '/api/v1/aandachtsmarkeringen', {
    token: ca,
    body: { burgerservicenummer: S.childBsn, reden: 'Melding van de school', geldigTot: '2026-12-31' },
  });
  const res = await h.request('POST', '/api/v1/gebeurtenissen', {
    token: brp,
    contentType: CE,
    body: emigration({ id: 'ret-a', childBsn: S.childBsn, declarantBsn: S.declarantBsn }),
  });
  caseId = res.json.id;
  await h.drain();
  const signal = (await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: rvdk })).json.signalen[0];
  const filed = await h.request('POST', `/api/v1/signalen/${signal.id}/sis-verzoeken`, {
    token: rvdk,
    body: {
      beslissingskenmerk: 'RB-1',
      motivering: 'Acuut risico volgens de beschikking.',
      reisdocumenten: [{ soort: 'paspoort', nummer: 'NX99' }],
    },
  });
  sisId = filed.json.id;
  await h.drain();
  await h.request('POST', '/api/v1/gebeurtenissen', {
    token: brp,
    contentType: CE,
    body: withdrawal(S.childBsn, 'ret-a', 'ret-w', { municipality: '0363' }),
  });
  await h.drain();
  await sealAudit(h.ctx);
  // Far enough for every period: cases 730 days, SIS bodies and markings 90, logboek identities 1826.
  h.advance(1900 * DAY);
  await h.runScheduled(['retention']);
  h.advance(-1900 * DAY);
});
afterAll(() => h.close());

describe('retention removes personal data from', () => {
  it('cases: BSNs, child, custody and departure; status and level stay', async () => {
    const [c] = await h.rows(sql`SELECT * FROM cases WHERE id = ${caseId}`);
    expect(c).toMatchObject({
      child_bsn: null,
      declarant_bsn: null,
      child: null,
      custody: null,
      departure: null,
      status: 'ingetrokken',
    });
    expect(json(c.risk).niveau).toBe('urgent');
    expect(c.purged_at).not.toBeNull();
  });

  it('events: their content and the child BSN; ids and hashes stay for deduplication', async () => {
    const rows = await h.rows(sql`SELECT data, child_bsn, content_hash FROM events WHERE case_id = ${caseId}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatchObject({ data: null, child_bsn: null, content_hash: expect.any(String) });
  });

  it('notifications: recipient, history and letters', async () => {
    const rows = await h.rows(
      sql`SELECT recipient_bsn, recipient, history FROM notifications WHERE case_id = ${caseId}`,
    );
    expect(rows.length).toBe(1);
    expect(rows[0]).toMatchObject({ recipient_bsn: null, recipient: null });
    expect(json(rows[0].history)).toEqual([]);
  });

  it('signals: the view (child, custody); level, status and rule ids stay for the figures', async () => {
    const rows = await h.rows(sql`SELECT view, level, status FROM signals WHERE case_id = ${caseId}`);
    expect(rows.length).toBe(3);
    for (const r of rows) {
      const view = json(r.view);
      expect(JSON.stringify(view)).not.toContain(S.childBsn);
      expect(view.redenen.map((x: { regel: string }) => x.regel)).toContain('aandachtsmarkering');
      expect(r.status).toBe('afgesloten');
    }
  });

  it('SIS requests: the body with travel-document numbers; status and history stay', async () => {
    const [r] = await h.rows(sql`SELECT request, status FROM sis_requests WHERE id = ${sisId}`);
    expect(json(r.request)).toEqual({});
    expect(r.status).toBe('ingetrokken');
  });

  it('watch markings: expired ones are deleted with the child BSN', async () => {
    expect(await h.count('watch_markings')).toBe(0);
  });

  it('the logboek: who acted and about whom, while the chain still verifies', async () => {
    const rows = await h.rows(sql`SELECT actor_sub, subject_pseudonym FROM audit_log WHERE chain_pos IS NOT NULL`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatchObject({ actor_sub: '', subject_pseudonym: null });
    expect(await verifyAudit(h.ctx)).toMatchObject({ ok: true });
    expect(await h.count('audit_log', sql`operation LIKE 'bewaartermijn-verstreken:%'`)).toBeGreaterThan(0);
  });
});
