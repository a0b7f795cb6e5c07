// The signal pages in Chromium, as the RvdK IKO, the Ca IKA and CIKO work with them on the demo data: pick up and
// close a signal, file and withdraw a SIS request, download the return request, errors beside the field and in
// the summary, the 403 page for another organisation's signal, CSRF refusal. axe finds nothing on any page, every
// action works by keyboard, and no page asks another host for anything.
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const probe = watch(page, s.url);
  await devLogin(page, s.url, role);
  return { page, probe, context, urls };
}

async function apiSignals(role: string) {
  const res = await s.harness.request('GET', '/api/v1/signalen', { token: await s.harness.token(role) });
  return res.json.signalen as { id: string; status: string; niveau: string }[];
}

/** Every Tab stop shows where the focus is. */
async function expectVisibleFocus(page: Page) {
  await page.reload();
  const stops = await allFocusStops(page, 120);
  expect(stops.length).toBeGreaterThan(3);
  for (const stop of stops) expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true });
}

const isFocused = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el === document.activeElement);

describe('RvdK IKO', { timeout: FLOW_TIMEOUT }, () => {
  it('picks up a demo signal and closes it with an outcome, by keyboard', async () => {
    const { page, probe, context } = await open('rvdk-iko');
    await page.goto(`${s.url}/signalen`);
    expect(await page.title()).toBe('Signalen — Vertreksignaal');
    await expectAccessible(page, 'signalen');
    await screenshot(page, 'signalen');
    const first = page.locator('table a').first();
    const label = (await first.textContent()) ?? '';
    expect(label).toMatch(/^Signaal [0-9A-F]{8}$/);
    await expectVisibleFocus(page);

    await page.reload();
    await tabTo(page, label);
    await Promise.all([page.waitForURL(/\/signalen\/[0-9a-f-]{36}$/), page.keyboard.press('Enter')]);
    expect(await page.title()).toBe('Signaal — Vertreksignaal');
    await expectAccessible(page, 'signaal');
    await screenshot(page, 'signaal');
    await expectVisibleFocus(page);

    await tabTo(page, 'Signaal oppakken');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('U heeft het signaal opgepakt');
    expect(await page.locator('dd').first().textContent()).toBe('In behandeling');

    // Closing without an outcome: the error beside the field and in the summary, which links to the field.
    await tabTo(page, 'Signaal afsluiten', 120);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.title()).toBe('Fout: Signaal — Vertreksignaal');
    expect(await isFocused(page, '.vs-error-summary')).toBe(true);
    const message = 'Kies wat de uitkomst van het signaal was.';
    expect(await page.locator('#veld-uitkomst-fout').textContent()).toContain(message);
    await expectAccessible(page, 'signaal met fout');
    await screenshot(page, 'signaal-fout');
    await page.locator('.vs-error-summary a').click();
    expect(await isFocused(page, '#veld-uitkomst')).toBe(true);

    // Arrow keys move through the outcomes, as in any radio group; the second is "founded, no action needed".
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="uitkomst"]:checked').getAttribute('value')).toBe('terecht-geen-actie-nodig');
    await tabTo(page, /^Toelichting/);
    await page.keyboard.type('Moeder heeft toestemming; geen actie nodig.');
    await tabTo(page, 'Signaal afsluiten');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Het signaal is afgesloten.');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Terecht signaal, maar actie was niet nodig');
    expect(text).toContain('Moeder heeft toestemming; geen actie nodig.');
    expect(await page.getByRole('button', { name: 'Signaal afsluiten' }).count()).toBe(0);

    await page.goto(`${s.url}/signalen?status=afgesloten`);
    expect(await page.locator('table').textContent()).toContain(label);
    await expectAccessible(page, 'signalen afgesloten');
    probe.assertClean();
    await context.close();
  });

  it("shows the 403 page for another organisation's signal", async () => {
    const [cikoSignal] = await apiSignals('ciko');
    const { page, probe, context } = await open('rvdk-iko');
    const res = await page.goto(`${s.url}/signalen/${cikoSignal.id}`);
    expect(res?.status()).toBe(403);
    expect(await page.title()).toBe('Geen toegang — Vertreksignaal');
    expect(await page.locator('main').textContent()).toContain('Dit signaal is niet aan uw organisatie gericht.');
    await expectAccessible(page, 'signaal van een andere organisatie');
    probe.assertClean();
    await context.close();
  });

  it('refuses the close form when its CSRF token was changed, and the signal stays as it was', async () => {
    const signal = (await apiSignals('rvdk-iko')).find((x) => x.status === 'nieuw');
    expect(signal).toBeDefined();
    const { page, probe, context } = await open('rvdk-iko');
    await page.goto(`${s.url}/signalen/${signal?.id}`);
    await page.locator('input[name="uitkomst"]').first().check();
    const form = page.locator('form[action$="/afsluiten"]');
    await form.locator('input[name="_csrf"]').evaluate((el: any) => (el.value = 'vervalst'));
    await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: 'Signaal afsluiten' }).click()]);
    expect(await page.title()).toBe('Formulier niet verwerkt — Vertreksignaal');
    const after = await s.harness.request('GET', `/api/v1/signalen/${signal?.id}`, {
      token: await s.harness.token('rvdk-iko'),
    });
    expect(after.json.status).toBe('nieuw');
    probe.assertClean();
    await context.close();
  });
});

describe('CIKO', { timeout: FLOW_TIMEOUT }, () => {
  it('sees its pattern signals without a name, BSN, SIS requests or return request', async () => {
    const { page, probe, context } = await open('ciko');
    await page.goto(`${s.url}/signalen`);
    await expectAccessible(page, 'signalen ciko');
    await page.locator('table a').first().click();
    await page.waitForURL(/\/signalen\/[0-9a-f-]{36}$/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Dit is een patroonsignaal');
    expect(text).not.toMatch(/\d{9}/);
    expect(text).not.toContain('SIS-verzoek');
    await expectAccessible(page, 'signaal ciko');
    await screenshot(page, 'signaal-ciko');
    probe.assertClean();
    await context.close();
  });
});
