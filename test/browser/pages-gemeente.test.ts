// The municipal officer's pages in Chromium on the demo data: the full flow of issue 12 (work queue, letter
// preview, hold one notice with a reason, send another, see the result), and on every page: axe without
// violations, every action reachable by keyboard with a visible focus, form errors beside the field and in the
// summary, the 403 page for another municipality's case, a refused forged form. Screenshots go to docs/screenshots.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { seedDemoData } from '../../src/demo.ts';
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
  await seedDemoData(s.harness.ctx);
  await s.harness.drain();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function officer(codes = '0363'): Promise<{ page: Page; probe: Probe; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const probe = watch(page, s.url);
  await devLogin(page, s.url, 'gemeente', codes);
  return { page, probe, context };
}

/** Each focus stop of the page shows where the keyboard is, and lies on screen. */
async function expectVisibleFocus(page: Page) {
  await page.evaluate(() => document.activeElement?.blur());
  const stops = await allFocusStops(page, 150);
  expect(stops.length).toBeGreaterThan(3);
  for (const stop of stops) expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true, inViewport: true });
}

const count = async (page: Page, label: string) =>
  Number(await page.locator('.vs-filters__link', { hasText: label }).locator('.vs-count').textContent());
const childOf = (key: string) => DEMO_SCENARIOS.find((x) => x.key === key)!.childBsn;

describe('a municipal officer in the browser', () => {
  it('finds the demo notices, reads a letter, holds one with a reason, sends another and sees the result', async () => {
    const { page, probe, context } = await officer();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await page.waitForURL(`${s.url}/werkvoorraad`);
    const toReview = await count(page, 'Te beoordelen');
    const held = await count(page, 'Aangehouden');
    expect(toReview).toBeGreaterThan(2);
    await expect(page.getByRole('link', { name: 'Kennisgeving aan B. Jansen' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'werkvoorraad');
    await screenshot(page, 'werkvoorraad');

    await page.getByRole('link', { name: 'Kennisgeving aan B. Jansen' }).click();
    const letter = page.getByRole('article', { name: 'Voorbeeld van de brief' });
    await expect(letter.textContent()).resolves.toContain('Vertrek van uw kind naar het buitenland');
    expect(await page.title()).toBe('Kennisgeving — Vertreksignaal');
    await expectAccessible(page, 'kennisgeving');
    await screenshot(page, 'kennisgeving');
    await page.getByLabel('Reden voor aanhouden').fill('Eerst nagaan of de vader nog op dit adres woont.');
    await page.getByRole('button', { name: 'Aanhouden' }).click();
    await page.getByRole('status').filter({ hasText: 'De kennisgeving is aangehouden.' }).waitFor();
    await expect(page.locator('.vs-main').textContent()).resolves.toContain('Eerst nagaan of de vader');

    await page.goto(`${s.url}/werkvoorraad?filter=te-beoordelen`);
    await page.getByRole('link', { name: 'Kennisgeving aan D. Bakker' }).click();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'De kennisgeving wordt verstuurd.' }).waitFor();
    await s.harness.drain(); // the letter job
    await page.reload();
    await expect(page.locator('.utrecht-data-list').first().textContent()).resolves.toContain('Bezorgd');
    await expect(page.getByRole('heading', { name: 'Reactie vastleggen' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'kennisgeving verstuurd');

    await page.goto(`${s.url}/werkvoorraad`);
    expect(await count(page, 'Te beoordelen')).toBe(toReview - 2);
    expect(await count(page, 'Aangehouden')).toBe(held + 1);
    probe.assertClean();
    await context.close();
  });

  it('shows the case with rules, signals and history; custody form errors sit beside the fields', async () => {
    const { page, probe, context } = await officer();
    await page.goto(`${s.url}/zoeken`);
    await page.getByLabel('Burgerservicenummer van het kind').fill(childOf('broers-en-zussen-2'));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Vertrekmelding van Bente Koster' }).click();
    await expect(page.getByRole('heading', { name: 'Wat er gebeurde' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#risico-titel + *').textContent()).resolves.toContain('Verhoogd');
    await expectAccessible(page, 'vertrekmelding');
    await screenshot(page, 'vertrekmelding');
    await expectVisibleFocus(page);

    await page.goto(`${s.url}/werkvoorraad?filter=handmatige-controle`);
    await page.getByRole('link', { name: 'Vertrekmelding van Tess Peters' }).click();
    await page.getByLabel('Burgerservicenummer eerste gezaghouder').fill('12345');
    await page.getByRole('button', { name: 'Gezag vastleggen' }).click();
    await page.waitForLoadState('load');
    expect(await page.title()).toBe('Fout: Vertrekmelding — Vertreksignaal');
    const summary = page.getByRole('alert').filter({ hasText: 'Er zijn 4 fouten in het formulier' });
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const field = page.getByLabel('Burgerservicenummer eerste gezaghouder');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#veld-houder1-fout').textContent()).resolves.toContain('moet uit 9 cijfers bestaan');
    await expectAccessible(page, 'vertrekmelding met fouten');
    await screenshot(page, 'vertrekmelding-gezag-fout');
    await summary.getByRole('link', { name: /Burgerservicenummer eerste gezaghouder/ }).click();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    probe.assertClean();
    await context.close();
  });

  it('does the desk pre-check and the search by keyboard alone; no BSN reaches a URL', async () => {
    const { page, probe, context } = await officer();
    const s1 = DEMO_SCENARIOS.find((x) => x.key === 'gezamenlijk-gezag')!;
    await page.goto(`${s.url}/voorcontrole`);
    await expectVisibleFocus(page);
    await tabTo(page, 'Burgerservicenummer van het kind');
    await page.keyboard.type(s1.childBsn);
    await tabTo(page, 'Burgerservicenummer van de aangever');
    await page.keyboard.type(s1.declarantBsn!);
    await tabTo(page, 'Controleren');
    await page.keyboard.press('Enter');
    // The answer comes on the same URL: wait for it, not for the URL.
    await page.getByRole('heading', { name: 'Advies: Vraag de ontbrekende gezaghouder om mee te doen' }).waitFor();
    await expectAccessible(page, 'voorcontrole');
    await screenshot(page, 'voorcontrole');

    await page.goto(`${s.url}/zoeken`);
    await tabTo(page, 'Burgerservicenummer van het kind');
    await page.keyboard.type(s1.childBsn);
    await tabTo(page, 'Zoeken'); // the button after the field (the menu link of that name comes before it)
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gevonden vertrekmeldingen' }).waitFor();
    expect(page.url()).toBe(`${s.url}/zoeken`);
    await tabTo(page, 'Vertrekmelding van Lieke Jansen', 80);
    await expectAccessible(page, 'zoeken');
    await screenshot(page, 'zoeken');
    await Promise.all([page.waitForURL(/\/vertrekmeldingen\//), page.keyboard.press('Enter')]);
    expect(page.url()).not.toContain(s1.childBsn);
    probe.assertClean();
    await context.close();
  });

  it('reaches every action of a notice by keyboard, and shows a missing reason beside the field', async () => {
    const { page, probe, context } = await officer();
    await page.goto(`${s.url}/werkvoorraad?filter=te-beoordelen`);
    await page.getByRole('link', { name: 'Kennisgeving aan H. Smit' }).click();
    await expectVisibleFocus(page);
    for (const action of ['Brief downloaden (PDF)', 'Versturen', 'Reden voor aanhouden', 'Aanhouden', 'Annuleren'])
      await tabTo(page, action, 80);
    await page.reload();
    await tabTo(page, 'Aanhouden', 80);
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
    await expect(page.locator('#veld-aanhoudreden-fout').textContent()).resolves.toContain(
      'Vul in waarom u de kennisgeving aanhoudt.',
    );
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Er is 1 fout in het formulier');
    await expectAccessible(page, 'kennisgeving met fout');
    probe.assertClean();
    // Chromium reports a navigation that becomes a download as aborted: checked after the probe.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Brief downloaden (PDF)' }).click();
    expect((await download).suggestedFilename()).toBe('kennisgeving.pdf');
    await context.close();
  });

  it("shows the 403 page for another municipality's case; refuses a forged form, changing nothing", async () => {
    const hague = await officer('0518');
    await hague.page.goto(`${s.url}/werkvoorraad`);
    await hague.page
      .getByRole('link', { name: /^Kennisgeving aan / })
      .first()
      .click();
    const noticeUrl = hague.page.url();
    await hague.page.getByRole('link', { name: 'Naar de vertrekmelding' }).click();
    const caseUrl = hague.page.url();
    await hague.context.close();

    const { page, probe, context } = await officer('0363');
    const res = await page.goto(caseUrl);
    expect(res?.status()).toBe(403);
    expect(await page.title()).toBe('Geen toegang — Vertreksignaal');
    await expectAccessible(page, '403 vertrekmelding');
    expect((await page.goto(noticeUrl))?.status()).toBe(403);

    await page.goto(`${s.url}/werkvoorraad?filter=te-beoordelen`);
    await page.getByRole('link', { name: 'Kennisgeving aan N. Jacobs' }).click();
    const form = page.locator('form[action$="/aanhouden"]');
    await form.locator('input[name="_csrf"]').evaluate((el) => ((el as any).value = 'vervalst'));
    await page.getByLabel('Reden voor aanhouden').fill('Vervalst formulier');
    await page.getByRole('button', { name: 'Aanhouden' }).click();
    await page.waitForLoadState('load');
    expect(await page.title()).toBe('Formulier niet verwerkt — Vertreksignaal');
    await page.goBack();
    await page.reload();
    await expect(page.locator('.utrecht-data-list').first().textContent()).resolves.toContain('Te beoordelen');
    probe.assertClean();
    await context.close();
  });
});
