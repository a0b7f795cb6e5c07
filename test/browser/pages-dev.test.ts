// The staff pages in Chromium, dev mode: layout, dev login with its errors, start page per role, 403 and 404,
// keyboard-only use with visible focus, CSRF refusal, logout and session expiry. axe finds nothing on any page,
// and no page asks another host for anything.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/web/settings.ts';
import {
  allFocusStops,
  devLogin,
  expectAccessible,
  focusedElement,
  launchChromium,
  type PagesService,
  type Probe,
  screenshot,
  signedInAs,
  startPagesService,
  tabTo,
  watch,
} from './helpers/index.ts';

// Runs inside the page (page.evaluate): browser globals, which this DOM-less project does not type.
declare const document: any, window: any, getComputedStyle: (el: any) => any, innerHeight: number;

let s: PagesService;
let browser: Browser;
beforeAll(async () => {
  s = await startPagesService();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function open(): Promise<{ page: Page; probe: Probe; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  return { page, probe: watch(page, s.url), context };
}

describe('before login', () => {
  it('explains the service, offers the login, styles come from the service itself', async () => {
    const { page, probe, context } = await open();
    const res = await page.goto(`${s.url}/`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe('Welkom — Vertreksignaal');
    await expect(page.getByRole('link', { name: 'Inloggen' }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('Ontwikkelmodus.').isVisible()).resolves.toBe(true);
    // The NL Design System stylesheet applied (and the CSP let it): the header has the theme's primary colour.
    expect(await page.locator('.vs-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(21, 66, 115)',
    );
    await expectAccessible(page, 'welkom');
    await screenshot(page, 'start-niet-ingelogd');
    probe.assertClean();
    await context.close();
  });
});

describe('dev login', () => {
  it('shows errors beside the fields and in a summary that takes the focus and links to the field', async () => {
    const { page, probe, context } = await open();
    await page.goto(`${s.url}/auth/login`);
    await expectAccessible(page, 'inloggen');
    await screenshot(page, 'inloggen-ontwikkelmodus');
    await page.locator('input[name="rol"][value="gemeente"]').check();
    await page.getByLabel('Gemeentecodes (alleen voor de rol gemeente)').fill('12');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForLoadState('load');
    expect(await page.title()).toBe('Fout: Inloggen (ontwikkelmodus) — Vertreksignaal');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is 1 fout in het formulier' });
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const field = page.getByLabel('Gemeentecodes (alleen voor de rol gemeente)');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#veld-gemeentecodes-fout').textContent()).toContain(
      'Vul een of meer viercijferige gemeentecodes in',
    );
    await expectAccessible(page, 'inloggen met fouten');
    await screenshot(page, 'inloggen-ontwikkelmodus-fout');
    await summary.getByRole('link').click();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    probe.assertClean();
    await context.close();
  });

  it('works by keyboard alone, with a visible focus at every stop', async () => {
    const { page, probe, context } = await open();
    await page.goto(`${s.url}/auth/login`);
    const stops = await allFocusStops(page);
    expect(stops[0].text).toBe('Naar de inhoud');
    for (const stop of stops) expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true, inViewport: true });
    await page.goto(`${s.url}/auth/login`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await tabTo(page, /^Gemeente: medewerker burgerzaken$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="rol"]:checked').getAttribute('value')).toBe('ca-ika');
    await tabTo(page, 'Inloggen');
    await Promise.all([page.waitForURL(`${s.url}/`), page.keyboard.press('Enter')]);
    expect(await signedInAs(page)).toBe(
      'Centrale autoriteit Internationale Kinderaangelegenheden — medewerker Centrale autoriteit',
    );
    probe.assertClean();
    await context.close();
  });
});

describe('after login', () => {
  it.each(STAFF_ROLES)('shows the start page and menu of %s, accessible', async (role) => {
    const { page, probe, context } = await open();
    await devLogin(page, s.url, role);
    await expect(page.getByRole('status').textContent()).resolves.toContain('U bent ingelogd als');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').count()).toBeGreaterThan(1);
    await expectAccessible(page, `start ${role}`);
    await screenshot(page, `start-${role}`);
    await page.reload();
    for (const stop of await allFocusStops(page))
      expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true, inViewport: true });
    probe.assertClean();
    await context.close();
  });

  it('shows the 403 page for a page of another role, and the 404 page for a page that does not exist', async () => {
    const { page, probe, context } = await open();
    await devLogin(page, s.url, 'gemeente');
    const forbidden = await page.goto(`${s.url}/logboek`);
    expect(forbidden?.status()).toBe(403);
    expect(await page.title()).toBe('Geen toegang — Vertreksignaal');
    await expectAccessible(page, '403');
    await screenshot(page, 'geen-toegang');
    const missing = await page.goto(`${s.url}/bestaat-niet`);
    expect(missing?.status()).toBe(404);
    await expectAccessible(page, '404');
    await screenshot(page, 'niet-gevonden');
    probe.assertClean();
    await context.close();
  });

  it('refuses a form whose CSRF token was changed, with a 403 page, and the user stays signed in', async () => {
    const { page, probe, context } = await open();
    await devLogin(page, s.url, 'privacy');
    await page
      .locator('form[action="/auth/logout"] input[name="_csrf"]')
      .evaluate((el) => ((el as any).value = 'vervalst'));
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForLoadState('load');
    expect(await page.title()).toBe('Formulier niet verwerkt — Vertreksignaal');
    await expectAccessible(page, 'csrf');
    await page.goto(`${s.url}/logboek`);
    expect(await page.title()).toBe('Logboek — Vertreksignaal');
    probe.assertClean();
    await context.close();
  });

  it('logs out by keyboard, and the pages ask for a login again', async () => {
    const { page, probe, context } = await open();
    await devLogin(page, s.url, 'rvdk-iko');
    await tabTo(page, 'Uitloggen');
    await Promise.all([page.waitForURL(`${s.url}/`), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('U bent uitgelogd.');
    await page.goto(`${s.url}/signalen`);
    expect(new URL(page.url()).pathname).toBe('/auth/login');
    probe.assertClean();
    await context.close();
  });

  it('ends the session after 15 idle minutes and says so on the login page', async () => {
    const { page, probe, context } = await open();
    await devLogin(page, s.url, 'ciko');
    s.harness.advance(15 * 60_000 + 1);
    await page.goto(`${s.url}/statistieken`);
    expect(page.url()).toBe(`${s.url}/auth/login?naar=%2Fstatistieken`);
    await expect(page.getByRole('status').textContent()).resolves.toContain('U was een tijd niet actief');
    expect(await focusedElement(page)).toBeNull();
    await expectAccessible(page, 'sessie verlopen');
    probe.assertClean();
    await context.close();
  });
});
