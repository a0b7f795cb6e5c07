// The Ca IKA's pages in Chromium on the demo data: a watch marking makes a child's open case urgent (the Ca IKA
// only gets urgent signals), then a SIS request is filed and withdrawn and the Hague return request downloaded as
// a PDF; a marking is added with form errors first and ended by keyboard. axe finds nothing on any page; no BSN
// ever appears in a URL; no page asks another host for anything.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A whole flow through several pages; the machine's two cores are shared, so allow it time. */
const FLOW_TIMEOUT = 90_000;

let s: PagesService;
let browser: Browser;
/** Demo children with an open case: Lieke (gezamenlijk-gezag) and Olivia (toestemmingsverklaring). */
const LIEKE = '999990378';
const OLIVIA = '999990421';

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

async function open(role: string): Promise<{ page: Page; probe: Probe; context: BrowserContext; urls: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const probe = watch(page, s.url);
  await devLogin(page, s.url, role);
  return { page, probe, context, urls };
}

const submit = (page: Page, button: string) =>
  Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button }).click()]);
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function addMarking(page: Page, bsn: string, reden: string, geldigTot: string) {
  await page.getByLabel('Burgerservicenummer van het kind').fill(bsn);
  await page.getByLabel('Reden').fill(reden);
  await page.getByLabel('Geldig tot en met').fill(geldigTot);
  await submit(page, 'Markering toevoegen');
}

describe('Ca IKA', { timeout: FLOW_TIMEOUT }, () => {
  it('marks a child, files and withdraws a SIS request on its signal, downloads the return request', async () => {
    const { page, probe, context, urls } = await open('ca-ika');
    await page.goto(`${s.url}/signalen`);
    expect(await mainText(page)).toContain('Er zijn geen nieuwe signalen.');

    await page.goto(`${s.url}/aandachtsmarkeringen`);
    await addMarking(page, LIEKE, 'Vader meldt dreigende ontvoering', '30-06-2027');
    await expect(page.getByRole('status').textContent()).resolves.toContain('De markering is toegevoegd.');
    await s.harness.drain();

    await page.goto(`${s.url}/signalen`);
    expect(await page.locator('table').textContent()).toContain('Urgent');
    await page.locator('table a').first().click();
    await page.waitForURL(/\/signalen\/[0-9a-f-]{36}$/);
    expect(await mainText(page)).toContain('Er staat een actieve aandachtsmarkering op het kind.');
    await expectAccessible(page, 'signaal ca-ika');
    await screenshot(page, 'signaal-ca-ika');
    const signalUrl = page.url();

    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'SIS-verzoek indienen' }).click()]);
    expect(await page.title()).toBe('SIS-verzoek indienen — Vertreksignaal');
    await expectAccessible(page, 'sis-verzoek');
    await page.getByLabel('Kenmerk van de beslissing').fill('C/13/7654321');
    await page.getByLabel('Motivering').fill('Te kort');
    await page.locator('#veld-document1Soort').fill('paspoort');
    await submit(page, 'SIS-verzoek indienen');
    expect(await page.title()).toBe('Fout: SIS-verzoek indienen — Vertreksignaal');
    expect(await page.locator('#veld-document1Nummer-fout').textContent()).toContain('Vul ook het nummer');
    const summary = (await page.locator('.vs-error-summary').textContent()) ?? '';
    expect(summary).toContain('Vul ook het nummer van reisdocument 1 in.');
    // The API schema's own rule, in its own words: a motivation of at least 10 characters.
    expect(summary).toContain('Motivering: motiveer het verzoek (minimaal 10 tekens).');
    await page.locator('#veld-document1Nummer').fill('NX1234567');
    await submit(page, 'SIS-verzoek indienen');
    expect(await page.locator('#veld-motivering-fout').textContent()).toContain('minimaal 10 tekens');
    expect(await page.locator('#veld-document1Nummer-fout').count()).toBe(0);
    await expectAccessible(page, 'sis-verzoek met fouten');
    await screenshot(page, 'sis-verzoek-fout');
    await page
      .getByLabel('Motivering')
      .fill('Kinderrechter verbood vertrek zonder toestemming; vader vreest ontvoering.');
    await submit(page, 'SIS-verzoek indienen');
    await expect(page.getByRole('status').textContent()).resolves.toContain('Het SIS-verzoek is ingediend.');
    expect(await mainText(page)).toContain('Aangeboden aan de bevoegde autoriteit');
    await s.harness.drain();

    await page.goto(signalUrl);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'SIS-verzoek 1 intrekken' }).click()]);
    expect(await page.title()).toBe('SIS-verzoek intrekken — Vertreksignaal');
    await submit(page, 'SIS-verzoek intrekken');
    expect(await page.locator('#veld-reden-fout').textContent()).toContain('Schrijf waarom u het verzoek intrekt.');
    await expectAccessible(page, 'sis-verzoek intrekken met fout');
    await page.getByLabel('Reden van intrekken').fill('Ouders zijn het eens geworden.');
    await screenshot(page, 'sis-verzoek-intrekken');
    await submit(page, 'SIS-verzoek intrekken');
    await expect(page.getByRole('status').textContent()).resolves.toContain('Het SIS-verzoek is ingetrokken.');
    const text = await mainText(page);
    expect(text).toContain('Ingetrokken. Reden: Ouders zijn het eens geworden.');
    expect(await page.getByRole('link', { name: 'SIS-verzoek 1 intrekken' }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Verzoek tot teruggeleiding downloaden (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^teruggeleidingsverzoek-[0-9A-F]{8}\.pdf$/);
    const bytes = readFileSync((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const res = await page.request.get(`${signalUrl}/teruggeleidingsverzoek`);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['cache-control']).toBe('no-store');

    expect(urls.filter((u) => /\d{9}/.test(u))).toEqual([]);
    probe.assertClean();
    await context.close();
  });
});

describe('watch markings', { timeout: FLOW_TIMEOUT }, () => {
  it('adds a marking after fixing the errors beside the fields and in the summary, ends it by keyboard', async () => {
    const { page, probe, context, urls } = await open('rvdk-iko');
    await page.goto(`${s.url}/aandachtsmarkeringen`);
    await expectAccessible(page, 'aandachtsmarkeringen leeg');
    await addMarking(page, '123456789', '', '1-1-2020');
    expect(await page.title()).toBe('Fout: Aandachtsmarkeringen — Vertreksignaal');
    const summary = page.locator('.vs-error-summary');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('a').count()).toBe(2);
    expect(await page.locator('#veld-reden-fout').textContent()).toContain('Schrijf waarom u het kind markeert.');
    expect(await page.locator('#veld-burgerservicenummer-fout').textContent()).toContain('elfproef');
    expect(await page.getByLabel('Burgerservicenummer van het kind').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'aandachtsmarkeringen met fout');
    await screenshot(page, 'aandachtsmarkeringen-fout');
    await page.getByLabel('Reden').fill('Moeder meldt zorg over vertrek');
    await page.getByLabel('Burgerservicenummer van het kind').fill(OLIVIA);
    await submit(page, 'Markering toevoegen');
    expect(await page.locator('#veld-geldigTot-fout').textContent()).toContain('vandaag of later');
    await page.getByLabel('Geldig tot en met').fill('31/3/2027');
    await submit(page, 'Markering toevoegen');
    await expect(page.getByRole('status').textContent()).resolves.toContain('De markering is toegevoegd.');
    expect(await page.locator('table').textContent()).toContain(OLIVIA);
    await expectAccessible(page, 'aandachtsmarkeringen');
    await screenshot(page, 'aandachtsmarkeringen');
    for (const stop of await allFocusStops(page, 120))
      expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true });

    await page.reload();
    await tabTo(page, `Beëindigen markering van ${OLIVIA}`);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('De markering is beëindigd.');
    expect(await mainText(page)).toContain('Er zijn geen actieve markeringen.');
    await tabTo(page, 'Ook beëindigde en verlopen markeringen tonen');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('table').textContent()).toContain('Beëindigd op');
    await expectAccessible(page, 'aandachtsmarkeringen alle');

    expect(urls.filter((u) => /\d{9}/.test(u))).toEqual([]);
    probe.assertClean();
    await context.close();
  });
});
