// The statistics and logboek pages without a browser: the page shows exactly the figures of GET /api/v1/statistieken
// for the same period and no personal data; the logboek filters, pages and searches by BSN (POST) through the same
// use case, every read of it is in the logboek, and a broken chain is announced. Wrong roles get the 403 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import * as L from '../../src/pages/statistieken/labels.ts';
import { sql } from '../../src/store/sql.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';
import { type Seeded, seedInsightData } from '../helpers/insight-data.ts';
import { pageClient, textOf } from '../helpers/page-client.ts';

let h: Harness;
let seeded: Seeded;
beforeAll(async () => {
  h = await createHarness();
  seeded = await seedInsightData(h, { synthetic: 300 });
});
afterAll(() => h?.close());

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** The rows of a table on the page, by its id: row name → its cells' text. */
function table(html: string, id: string): Map<string, string[]> {
  const body = new RegExp(`<table[^>]*id="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (!body) throw new Error(`no table ${id}`);
  const rows = new Map<string, string[]>();
  for (const [, row] of body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const name = /<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/.exec(row)?.[1];
    if (name === undefined) continue;
    rows.set(
      decode(name),
      [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1])),
    );
  }
  return rows;
}

/** How the API's cell reads on the page: "<10" in words, a number as its digits, a missing key as 0. */
const asText = (v: number | string | undefined) => (v === '<10' ? 'minder dan 10' : String(v ?? 0));

function expectCounts(html: string, id: string, api: Record<string, number | string>, labels: L.Labels) {
  const rows = table(html, id);
  for (const [code, value] of Object.entries(api))
    expect([code, rows.get(L.labelOf(labels, code))]).toEqual([code, [asText(value)]]);
  for (const [name, cells] of rows)
    if (!Object.keys(api).some((code) => L.labelOf(labels, code) === name))
      expect([name, cells]).toEqual([name, ['0']]);
}

describe('/statistieken', () => {
  it('shows the same figures as GET /api/v1/statistieken for the same period, and no BSN or name', async () => {
    const period = 'van=2026-01-01&tot=2026-12-31';
    const api = await h.request('GET', `/api/v1/statistieken?${period}`, { token: await h.token('ciko') });
    expect(api.status).toBe(200);
    const f = api.json;
    for (const role of ['ciko', 'privacy']) {
      const p = pageClient(h.app);
      await p.loginAs(role);
      const page = await p.get(`/statistieken?${period}`);
      expect(page.status).toBe(200);
      const html = page.html;
      expect(textOf(html)).toContain('Van 1 januari 2026 tot en met 31 december 2026');
      expectCounts(html, 'tabel-meldingen-per-status', f.vertrekmeldingen.perStatus, L.CASE_STATUS_LABELS);
      expectCounts(html, 'tabel-meldingen-per-niveau', f.vertrekmeldingen.perNiveau, L.LEVEL_LABELS);
      expectCounts(html, 'tabel-meldingen-per-regel', f.vertrekmeldingen.perRegel, L.RULE_LABELS);
      expectCounts(html, 'tabel-signalen-per-ontvanger', f.signalen.perOntvanger, L.RECIPIENT_LABELS);
      expectCounts(html, 'tabel-signalen-per-niveau', f.signalen.perNiveau, L.LEVEL_LABELS);
      expectCounts(html, 'tabel-signalen-per-status', f.signalen.perStatus, L.SIGNAL_STATUS_LABELS);
      expectCounts(html, 'tabel-signalen-per-uitkomst', f.signalen.perUitkomst, L.OUTCOME_LABELS);
      const precision = table(html, 'tabel-precisie-per-regel');
      expect(precision.size).toBe(f.signalen.perRegel.length);
      for (const r of f.signalen.perRegel)
        expect(precision.get(L.labelOf(L.RULE_LABELS, r.regel))).toEqual([
          ...[r.afgesloten, r.terecht, r.onterecht].map(asText),
          r.precisie === null ? 'niet berekend: minder dan 10 afgesloten' : `${Math.round(r.precisie * 100)}%`,
        ]);
      const pick = table(html, 'tabel-oppakken');
      expect([...pick.values()].map((cells) => cells[0])).toEqual(
        [
          f.signalen.oppakken.binnenTermijn,
          f.signalen.oppakken.buitenTermijn,
          f.signalen.oppakken.nogNietOpgepaktTermijnVerstreken,
        ].map(asText),
      );
      expect(textOf(html)).toContain(`${String(f.signalen.oppakken.mediaanUren).replace('.', ',')} uur`);
      // Small counts are hidden in both: the page never shows a figure the API hid.
      expect(html).not.toContain('&lt;10');
      for (const personal of seeded.personalData) {
        expect(html, personal).not.toContain(personal);
        expect(api.text, personal).not.toContain(personal);
      }
    }
    // The data has both: figures shown and figures hidden, a precision and a median.
    expect(f.vertrekmeldingen.perStatus.beoordeeld).toBeGreaterThanOrEqual(10);
    expect(Object.values(f.signalen.perOntvanger)).toContain('<10');
    expect(f.signalen.perRegel.some((r: { precisie: number | null }) => r.precisie !== null)).toBe(true);
    expect(f.signalen.oppakken.mediaanUren).not.toBeNull();
  });

  it('shows the last year up to today without a period, and records the read in the logboek', async () => {
    const p = pageClient(h.app);
    await p.loginAs('ciko');
    const page = await p.get('/statistieken');
    expect(textOf(page.html)).toContain('Van 23 november 2025 tot en met 23 november 2026');
    expect(page.html).toContain('value="2025-11-23"');
    const [entry] = await h.rows<{ actor_sub: string; purpose: string }>(
      sql`SELECT actor_sub, purpose FROM audit_log WHERE operation = 'statistieken-lezen' ORDER BY seq DESC LIMIT 1`,
    );
    expect(entry).toEqual({ actor_sub: 'dev-ciko', purpose: 'evaluatie' });
  });

  it('shows a start after the end beside the field and in the summary, with a 400', async () => {
    const p = pageClient(h.app);
    await p.loginAs('privacy');
    const page = await p.get('/statistieken?van=2026-12-31&tot=2026-01-01');
    expect(page.status).toBe(400);
    expect(page.html).toContain('<title>Fout: Statistieken — Vertreksignaal</title>');
    const message = "De datum bij 'Van' moet vóór of op de datum bij 'Tot en met' liggen.";
    expect(decode(/<a class="nl-link" href="#veld-van">([^<]*)<\/a>/.exec(page.html)?.[1] ?? '')).toBe(message);
    expect(decode(/id="veld-van-fout">([\s\S]*?)<\/div>/.exec(page.html)?.[1] ?? '')).toBe(`Fout: ${message}`);
    expect(page.html).toMatch(/id="veld-van"[^>]*aria-invalid="true"/);
    const bad = await p.get('/statistieken?van=2026-02-30');
    expect(bad.status).toBe(400);
    expect(decode(textOf(bad.html))).toContain("Vul bij 'Van' een geldige datum in");
  });

  it('is a 403 page for the other roles', async () => {
    for (const role of ['gemeente', 'rvdk-iko', 'ca-ika']) {
      const p = pageClient(h.app);
      await p.loginAs(role);
      const page = await p.get('/statistieken?van=2026-01-01&tot=2026-12-31');
      expect([role, page.status]).toEqual([role, 403]);
      expect(textOf(page.html)).not.toContain('Vertrekmeldingen per status');
    }
  });
});

/** The logboek table: per entry number its cells (tijdstip, wie, wat, doel, betrokkene, resultaat, keten). */
const entries = (html: string) =>
  html.includes('id="tabel-logboek"')
    ? [...table(html, 'tabel-logboek')].map(([seq, cells]) => ({ seq: Number(seq.replaceAll('.', '')), cells }))
    : [];
const lastEntry = async (operation: string) =>
  (
    await h.rows<{ actor_sub: string; subject_pseudonym: string | null; purpose: string }>(
      sql`SELECT actor_sub, subject_pseudonym, purpose FROM audit_log
          WHERE operation = ${operation} ORDER BY seq DESC LIMIT 1`,
    )
  )[0];

describe('/logboek', () => {
  it('shows the chain status and entries, oldest first, with a next-page link that keeps the filters', async () => {
    const p = pageClient(h.app);
    await p.loginAs('privacy');
    const [head] = await h.rows<{ pos: number }>(sql`SELECT max(chain_pos) AS pos FROM audit_log`);
    const page = await p.get('/logboek');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    const n = new Intl.NumberFormat('nl-NL').format(Number(head.pos));
    expect(text).toContain(`De keten klopt: regels 1 tot en met ${n} zijn niet gewijzigd`);
    expect(text).toContain(`Verankerd buiten de database Tot en met regel ${n}, op`);
    const first = entries(page.html);
    expect(first).toHaveLength(100);
    expect(first.map((e) => e.seq)).toEqual([...first.map((e) => e.seq)].sort((a, b) => a - b));
    expect(page.html).toContain(`href="/logboek?vanaf=${first.at(-1)?.seq}"`);
    const next = await p.get(`/logboek?vanaf=${first.at(-1)?.seq}`);
    expect(entries(next.html)[0].seq).toBeGreaterThan(first.at(-1)?.seq ?? 0);

    const filtered = await p.get('/logboek?doel=evaluatie&actor=dev-ciko&van=2026-11-01&tot=2026-11-30');
    expect(filtered.html).not.toContain('rel="next"');
    const rows = entries(filtered.html);
    const [count] = await h.rows<{ n: number }>(
      sql`SELECT count(*) AS n FROM audit_log WHERE purpose = 'evaluatie' AND actor_sub = 'dev-ciko'`,
    );
    expect(rows.length).toBe(Number(count.n));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect([r.cells[1], r.cells[3]]).toEqual(['CIKO dev-ciko', 'Evaluatie (statistieken)']);
    expect(entries((await p.get('/logboek?doel=evaluatie&van=2025-01-01&tot=2025-12-31')).html)).toEqual([]);
  });

  it('finds the same entries by pseudonym (GET) and by BSN (POST, never in a URL), and logs the search', async () => {
    const bsn = DEMO_SCENARIOS[0].childBsn;
    const pseudonym = h.ctx.pseudonyms.of(bsn);
    const p = pageClient(h.app);
    await p.loginAs('privacy');
    const byPseudonym = entries((await p.get(`/logboek?betrokkene=${pseudonym}`)).html);
    expect(byPseudonym.length).toBeGreaterThan(0);
    for (const r of byPseudonym) expect(r.cells[4]).toBe(pseudonym);
    const byBsn = await p.post('/logboek', { burgerservicenummer: `${bsn.slice(0, 4)} ${bsn.slice(4)}` });
    expect(byBsn.status).toBe(200);
    const found = entries(byBsn.html);
    // The GET search was logged in between, about nobody: the same entries about the child.
    expect(found.map((r) => r.seq)).toEqual(byPseudonym.map((r) => r.seq));
    expect(await lastEntry('logboek-zoeken')).toEqual({
      actor_sub: 'dev-privacy',
      subject_pseudonym: pseudonym,
      purpose: 'logboek-inzien',
    });
    expect(await lastEntry('logboek-lezen')).toMatchObject({ actor_sub: 'dev-privacy', subject_pseudonym: null });
    expect(byBsn.html).not.toMatch(new RegExp(`href="[^"]*${bsn}`));
  });

  it('continues a BSN search after a given entry (what its next-page form posts)', async () => {
    const p = pageClient(h.app);
    await p.loginAs('privacy');
    const bsn = DEMO_SCENARIOS[0].childBsn;
    await p.get('/logboek');
    const all = entries((await p.post('/logboek', { burgerservicenummer: bsn })).html);
    const after = all[0].seq;
    const rest = entries((await p.post('/logboek', { burgerservicenummer: bsn, vanaf: String(after) })).html);
    // Everything after the first entry, plus the first search itself (it is about this child too).
    expect(rest.map((r) => r.seq).slice(0, -1)).toEqual(all.slice(1).map((r) => r.seq));
    expect(rest.at(-1)?.cells[2]).toContain('logboek zoeken');
  });

  it('shows input errors beside the field and in the summary, with a 400 and no entries', async () => {
    const p = pageClient(h.app);
    await p.loginAs('privacy');
    await p.get('/logboek');
    const bad = await p.get('/logboek?betrokkene=999990378&van=2026-12-01&tot=2026-11-01');
    expect(bad.status).toBe(400);
    expect(entries(bad.html)).toEqual([]);
    const text = decode(textOf(bad.html));
    expect(text).toContain('Er zijn 2 fouten in het formulier');
    expect(bad.html).toMatch(/id="veld-betrokkene"[^>]*aria-invalid="true"/);
    expect(bad.html).toMatch(/id="veld-van"[^>]*aria-invalid="true"/);
    expect(text).toContain("Een pseudoniem begint met 'ps-'");
    const bsn = await p.post('/logboek', { burgerservicenummer: '123456789' });
    expect(bsn.status).toBe(400);
    expect(decode(/id="veld-burgerservicenummer-fout">([\s\S]*?)<\/div>/.exec(bsn.html)?.[1] ?? '')).toBe(
      'Fout: Dit burgerservicenummer bestaat niet: het voldoet niet aan de elfproef.',
    );
    expect(bsn.html).toContain('href="#veld-burgerservicenummer"');
  });

  it('is a 403 page for every other role, for the search by BSN too', async () => {
    for (const role of ['gemeente', 'rvdk-iko', 'ca-ika', 'ciko']) {
      const p = pageClient(h.app);
      await p.loginAs(role);
      await p.get('/');
      const before = await h.count('audit_log', sql`operation = 'logboek-zoeken'`);
      expect([role, (await p.get('/logboek')).status]).toEqual([role, 403]);
      const post = await p.post('/logboek', { burgerservicenummer: DEMO_SCENARIOS[0].childBsn });
      expect([role, post.status]).toEqual([role, 403]);
      expect(textOf(post.html)).toContain('Geen toegang');
      expect(await h.count('audit_log', sql`operation = 'logboek-zoeken'`)).toBe(before);
    }
  });

  it('warns clearly when the chain is broken (the newest sealed entries were removed)', async () => {
    await h.rows(sql`DELETE FROM audit_log WHERE chain_pos >= (SELECT max(chain_pos) - 2 FROM audit_log)`);
    const p = pageClient(h.app);
    await p.loginAs('privacy');
    const page = await p.get('/logboek');
    expect(page.status).toBe(200);
    const alert = /<div class="utrecht-alert utrecht-alert--error" role="alert">([\s\S]*?)<\/div><\/div>/.exec(
      page.html,
    );
    expect(textOf(alert?.[1] ?? '')).toContain('Let op: de keten van het logboek is verbroken.');
    expect(textOf(alert?.[1] ?? '')).toContain('de keten eindigt vóór de verankerde regel');
    expect(textOf(page.html)).not.toContain('De keten klopt');
  });
});
