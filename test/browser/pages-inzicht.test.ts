// The statistics and logboek pages in Chromium: CIKO and the privacy officer choose a period and read the charts
// (each an image with a name, beside its table); the privacy officer filters the logboek, searches it by BSN
// through a POST form and reads the chain status, also when the chain is broken. axe finds nothing on any of these
// pages, every action works by keyboard, form errors show beside the field and in the summary, other roles get 403.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { sql } from '../../src/store/sql.ts';
import { seedInsightData } from '../helpers/insight-data.ts';
import {
  allFocusStops,
  devLogin,
  expectAccessible,
  launchChromium,
  type PagesService,
  type Probe,
  screenshot,
  startPagesService,
  tabTo,
  watch,
} from './helpers/index.ts';

// Runs inside the page (page.evaluate): browser globals, which this DOM-less project does not type.
declare const document: any;

let s: PagesService;
let browser: Browser;
beforeAll(async () => {
  s = await startPagesService();
  await seedInsightData(s.harness, { synthetic: 300 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function open(role: string): Promise<{ page: Page; probe: Probe; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const probe = watch(page, s.url);
  await devLogin(page, s.url, role);
  return { page, probe, context };
}

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement);

const CHARTS = [
  'Vertrekmeldingen per status',
  'Vertrekmeldingen per risiconiveau',
  'Vertrekmeldingen per regel',
  'Signalen per ontvanger',
  'Signalen per risiconiveau',
  'Signalen per status',
  'Afgesloten signalen per uitkomst',
  'Precisie per regel',
  'Tijd tot oppakken',
];

describe('/statistieken', () => {
  it.each(['ciko', 'privacy'])('as %s: choose a period by keyboard, read every chart and its table', async (role) => {
    const { page, probe, context } = await open(role);
    await page.goto(`${s.url}/statistieken`);
    for (const stop of await allFocusStops(page))
      expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true, inViewport: true });
    await page.getByLabel('Van', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Tot en met').fill('2026-12-31');
    await tabTo(page, 'Cijfers tonen');
    await Promise.all([page.waitForURL(/van=2026-01-01&tot=2026-12-31/), page.keyboard.press('Enter')]);
    await expect(
      page.getByRole('heading', { level: 2, name: /Van 1 januari 2026 tot en met 31 december 2026/ }).count(),
    ).resolves.toBe(1);
    for (const title of CHARTS) {
      const figure = page.getByRole('region', { name: title });
      const chart = figure.getByRole('img', { name: new RegExp(`^Staafdiagram\\. ${title}: `) });
      await expect(chart.count(), title).resolves.toBe(1);
      await expect(figure.getByRole('table', { name: /^Tabel: / }).count(), title).resolves.toBe(1);
    }
    // The hidden small counts are words in the table and in the chart's name, never "<10".
    const perRecipient = page.getByRole('table', { name: 'Tabel: Signalen per ontvanger' });
    await expect(
      perRecipient.getByRole('row', { name: /Centrale autoriteit \(IKA\) minder dan 10/ }).count(),
    ).resolves.toBe(1);
    expect(await page.locator('main').textContent()).not.toContain('<10');
    await expectAccessible(page, `statistieken ${role}`);
    if (role === 'ciko') await screenshot(page, 'statistieken');
    probe.assertClean();
    await context.close();
  });

  it('shows a start after the end beside the field and in the summary, which leads to the field', async () => {
    const { page, probe, context } = await open('ciko');
    await page.goto(`${s.url}/statistieken`);
    await page.getByLabel('Van', { exact: true }).fill('2026-12-31');
    await page.getByLabel('Tot en met').fill('2026-01-01');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.waitForLoadState('load');
    expect(await page.title()).toBe('Fout: Statistieken — Vertreksignaal');
    const message = "De datum bij 'Van' moet vóór of op de datum bij 'Tot en met' liggen.";
    const summary = page.getByRole('alert').filter({ hasText: 'Er is 1 fout in het formulier' });
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('#veld-van-fout').textContent()).toBe(`Fout: ${message}`);
    expect(await page.getByLabel('Van', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'statistieken met fout');
    await screenshot(page, 'statistieken-fout');
    await summary.getByRole('link', { name: message }).click();
    expect(await isFocused(page, '#veld-van')).toBe(true);
    probe.assertClean();
    await context.close();
  });
});

describe('/logboek', () => {
  it('shows the chain status and the entries; every stop is reachable by keyboard, focus shown', async () => {
    const { page, probe, context } = await open('privacy');
    await page.goto(`${s.url}/logboek`);
    const chain = page.getByRole('region', { name: 'Keten van het logboek' });
    await expect(chain.getByRole('status').textContent()).resolves.toMatch(
      /^De keten klopt: regels 1 tot en met [\d.]+/,
    );
    await expect(chain.textContent()).resolves.toMatch(
      /Verankerd buiten de database\s*Tot en met regel [\d.]+, op \d\d-/,
    );
    await expect(page.getByRole('table', { name: 'Alle logboekregels' }).getByRole('row').count()).resolves.toBe(101);
    await expectAccessible(page, 'logboek');
    await page.reload();
    const stops = await allFocusStops(page, 120);
    for (const stop of stops) expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true, inViewport: true });
    const names = stops.map((x) => x.text);
    for (const name of ['Zoeken', 'Zoeken met burgerservicenummer', 'Volgende regels']) expect(names).toContain(name);
    // The wide table scrolls in its own frame, which takes the focus so a keyboard can scroll it.
    expect(stops.some((x) => x.tag === 'section')).toBe(true);
    await tabTo(page, 'Volgende regels', 120);
    await Promise.all([page.waitForURL(/\/logboek\?vanaf=\d+$/), page.keyboard.press('Enter')]);
    probe.assertClean();
    await context.close();
  });

  it('filters by purpose and actor with the keyboard, and searches by BSN through a POST form', async () => {
    const { page, probe, context } = await open('privacy');
    await page.goto(`${s.url}/logboek`);
    await page.getByLabel('Wie (gebruikers-id)').fill('ca-ika-medewerker');
    await tabTo(page, 'Doel');
    await page.keyboard.press('ArrowDown'); // keyboard on a native select: step to the next purpose
    await page.getByLabel('Doel').selectOption({ label: 'Signaal aan een ketenpartner' });
    await tabTo(page, 'Zoeken');
    await Promise.all([page.waitForURL(/doel=signaal-ketenpartner/), page.keyboard.press('Enter')]);
    const table = page.getByRole('table', { name: 'Logboekregels die passen bij uw zoekvraag' });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const cells of await rows.allInnerTexts())
      expect(cells).toMatch(/Centrale autoriteit \(IKA\)\s+ca-ika-medewerker[\s\S]*Signaal aan een ketenpartner/);
    await expectAccessible(page, 'logboek gefilterd');
    await screenshot(page, 'logboek');

    const bsn = DEMO_SCENARIOS[0].childBsn;
    const pseudonym = s.harness.ctx.pseudonyms.of(bsn);
    await page.getByLabel('Burgerservicenummer van het kind').fill(bsn);
    await tabTo(page, 'Zoeken met burgerservicenummer');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST'),
      page.waitForURL(`${s.url}/logboek`),
      page.keyboard.press('Enter'),
    ]);
    // The number went in the body; the address is the bare page.
    expect(request.url()).toBe(`${s.url}/logboek`);
    expect(request.postData()).toContain(`burgerservicenummer=${bsn}`);
    const found = page.getByRole('table', { name: 'Logboekregels over het gezochte burgerservicenummer' });
    const subjects = await found.locator('tbody tr td:nth-of-type(5)').allTextContents();
    expect(subjects.length).toBeGreaterThan(0);
    expect(new Set(subjects)).toEqual(new Set([pseudonym]));
    await expectAccessible(page, 'logboek zoeken op bsn');
    await screenshot(page, 'logboek-zoeken-bsn');
    probe.assertClean();
    await context.close();
  });

  it('shows wrong input beside the field and in the summary', async () => {
    const { page, probe, context } = await open('privacy');
    await page.goto(`${s.url}/logboek`);
    await page.getByLabel('Burgerservicenummer van het kind').fill('123456789');
    await page.getByRole('button', { name: 'Zoeken met burgerservicenummer' }).click();
    await page.waitForLoadState('load');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is 1 fout in het formulier' });
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('#veld-burgerservicenummer-fout').textContent()).toContain(
      'voldoet niet aan de elfproef',
    );
    await expectAccessible(page, 'logboek met fout');
    await page.goto(`${s.url}/logboek?betrokkene=onzin&van=2026-12-01&tot=2026-11-01`);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Er zijn 2 fouten in het formulier' }).count(),
    ).resolves.toBe(1);
    expect(await page.getByLabel('Pseudoniem van de betrokkene').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'logboek met fouten');
    await screenshot(page, 'logboek-fout');
    probe.assertClean();
    await context.close();
  });

  it('gives the 403 page to roles without access', async () => {
    for (const [role, path] of [
      ['ciko', '/logboek'],
      ['gemeente', '/statistieken'],
      ['rvdk-iko', '/logboek'],
    ]) {
      const { page, probe, context } = await open(role);
      const res = await page.goto(`${s.url}${path}`);
      expect([role, path, res?.status()]).toEqual([role, path, 403]);
      expect(await page.title()).toBe('Geen toegang — Vertreksignaal');
      await expectAccessible(page, `403 ${role}`);
      probe.assertClean();
      await context.close();
    }
  });

  it('warns clearly when the newest entries were removed from the chain', async () => {
    await s.harness.rows(sql`DELETE FROM audit_log WHERE chain_pos = (SELECT max(chain_pos) FROM audit_log)`);
    const { page, probe, context } = await open('privacy');
    await page.goto(`${s.url}/logboek?doel=evaluatie`);
    const warning = page.getByRole('region', { name: 'Keten van het logboek' }).getByRole('alert');
    await expect(warning.textContent()).resolves.toContain('Let op: de keten van het logboek is verbroken.');
    await expectAccessible(page, 'logboek keten verbroken');
    await screenshot(page, 'logboek-keten-verbroken');
    probe.assertClean();
    await context.close();
  });
});
