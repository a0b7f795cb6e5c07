// Signing in as a role in the browser: through the dev login form, or through the test identity provider.
import type { Page } from 'playwright-core';
import type { TestProvider, TestUser } from '../../helpers/oidc-provider.ts';

/** Dev mode: fills in the dev login page like a user would, and waits for the start page. */
export async function devLogin(page: Page, baseUrl: string, role: string, gemeentecodes = '0363'): Promise<void> {
  await page.goto(`${baseUrl}/auth/login`);
  await page.locator(`input[name="rol"][value="${role}"]`).check();
  await page.getByLabel('Gemeentecodes (alleen voor de rol gemeente)').fill(gemeentecodes);
  await Promise.all([page.waitForURL(`${baseUrl}/`), page.getByRole('button', { name: 'Inloggen' }).click()]);
}

/**
 * OIDC mode: the provider signs in `user` without a form; the browser follows the redirects back and lands on
 * `path` (query ignored), or on /auth/callback when the service refuses the login.
 */
export async function idpLogin(
  page: Page,
  baseUrl: string,
  idp: TestProvider,
  user: TestUser,
  path = '/',
): Promise<void> {
  idp.user = user;
  const target =
    path === '/' || path.startsWith('/auth/') ? '/auth/login' : `/auth/login?naar=${encodeURIComponent(path)}`;
  const landed = (u: URL) => u.origin === new URL(baseUrl).origin && u.pathname === path;
  await Promise.all([page.waitForURL(landed), page.goto(`${baseUrl}${target}`)]);
}

/** The header's "signed in as" line: organisation — role, as the user reads it. */
export async function signedInAs(page: Page): Promise<string> {
  const text = (await page.locator('.vs-header__who').textContent()) ?? '';
  return text.replace(/^Ingelogd als:\s*/, '').trim();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForLoadState('load');
}
