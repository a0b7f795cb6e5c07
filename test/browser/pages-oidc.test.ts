// The staff pages in Chromium with a real identity provider: OIDC login and logout in this process (http IdP),
// and `npm start` in production against an https IdP with a private CA (NODE_EXTRA_CA_CERTS), and without OIDC
// settings, where the pages answer 404 and the API works.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicJwks } from '../../src/dev-issuer.ts';
import { generateSigningJwk } from '../../src/signing.ts';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.ts';
import { type ServiceProcess, startService } from '../helpers/process.ts';
import { hasOpenssl, makeTestCa, type TestCa } from '../helpers/test-ca.ts';
import {
  expectAccessible,
  freePort,
  idpLogin,
  launchChromium,
  logout,
  type PagesService,
  screenshot,
  signedInAs,
  startPagesService,
  watch,
} from './helpers/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('OIDC login in the browser', () => {
  let s: PagesService;
  beforeAll(async () => {
    s = await startPagesService({ oidc: true });
  });
  afterAll(() => s?.close());

  it('signs in through the provider with the token’s role and municipalities, and logs out there too', async () => {
    const page = await browser.newPage();
    const probe = watch(page, s.url);
    probe.allowNavigationTo(s.idp!.issuer);
    await idpLogin(
      page,
      s.url,
      s.idp!,
      { sub: 'med-9', roles: ['gemeente'], gemeentecodes: ['0363', '0479'] },
      '/werkvoorraad',
    );
    expect(await signedInAs(page)).toBe('Gemeenten Amsterdam en Zaanstad — medewerker burgerzaken');
    expect(new URL(page.url()).pathname).toBe('/werkvoorraad');
    expect(await page.getByText('Ontwikkelmodus').count()).toBe(0);
    await expectAccessible(page, 'werkvoorraad na OIDC-login');
    expect(s.idp!.log.token.at(-1)).toEqual({ auth: 'client_secret_basic', pkce: true });
    await logout(page);
    expect(page.url()).toBe(`${s.url}/`);
    expect(s.idp!.log.endSession.at(-1)?.get('id_token_hint')).toMatch(/^ey/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('U bent uitgelogd.');
    probe.assertClean();
    await page.close();
  });

  it('explains a refused login on an accessible page', async () => {
    const page = await browser.newPage();
    const probe = watch(page, s.url);
    probe.allowNavigationTo(s.idp!.issuer);
    await idpLogin(
      page,
      s.url,
      s.idp!,
      { sub: 'bron', roles: ['brp-bron'], gemeentecodes: ['0363'] },
      '/auth/callback',
    );
    expect(await page.title()).toBe('Inloggen niet gelukt — Vertreksignaal');
    await expect(page.getByText('Uw account heeft geen rol in Vertreksignaal').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'inloggen mislukt');
    await screenshot(page, 'inloggen-mislukt');
    probe.assertClean();
    await page.close();
  });
});

describe.skipIf(!hasOpenssl())('npm start in production', () => {
  let ca: TestCa;
  let idp: TestProvider;
  let dir: string;
  const running: ServiceProcess[] = [];
  beforeAll(async () => {
    ca = makeTestCa();
    idp = await startTestProvider({ tls: { key: ca.key, cert: ca.cert } });
    dir = mkdtempSync(join(tmpdir(), 'vs-prod-'));
    writeFileSync(join(dir, 'api-jwks.json'), JSON.stringify(publicJwks(await generateSigningJwk())));
  });
  afterAll(async () => {
    for (const r of running) await r.kill('SIGTERM');
    await idp?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(ca.dir, { recursive: true, force: true });
  });

  async function start(name: string, env: Record<string, string>, port?: number) {
    port ??= await freePort();
    const dataDir = join(dir, name);
    const service = await startService(dataDir, {
      NODE_ENV: 'production',
      PORT: String(port),
      AUTH_ISSUER: 'https://idp.example.nl',
      AUTH_AUDIENCE: 'vertreksignaal',
      AUTH_JWKS_FILE: join(dir, 'api-jwks.json'),
      PSEUDONYM_KEY: 'productie-pseudoniemsleutel-voor-de-test',
      ...env,
    });
    running.push(service);
    return { url: `http://127.0.0.1:${port}`, service };
  }

  const oidcEnv = (port: number) => ({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    SESSION_SECRET: 'een-lang-sessiegeheim-van-minstens-32-tekens',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  });

  it('logs in against an https provider whose CA Node trusts through NODE_EXTRA_CA_CERTS', async () => {
    const port = await freePort();
    const { url } = await start('met-ca', { ...oidcEnv(port), NODE_EXTRA_CA_CERTS: ca.caFile }, port);
    // Chromium does not know the test CA; the service's own trust is what this test is about.
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const probe = watch(page, url);
    probe.allowNavigationTo(idp.issuer);
    await idpLogin(page, url, idp, { sub: 'ca-3', roles: ['ca-ika'] });
    expect(await signedInAs(page)).toBe(
      'Centrale autoriteit Internationale Kinderaangelegenheden — medewerker Centrale autoriteit',
    );
    expect(await page.getByText('Ontwikkelmodus').count()).toBe(0);
    expect((await page.request.post(`${url}/auth/dev-login`, { form: { rol: 'privacy' } })).status()).toBe(404);
    await logout(page);
    expect(page.url()).toBe(`${url}/`);
    probe.assertClean();
    await context.close();
  });

  it('cannot reach that provider without the CA: the login page says the login service is unreachable', async () => {
    const port = await freePort();
    const { url } = await start('zonder-ca', oidcEnv(port), port);
    const page = await browser.newPage();
    const res = await page.goto(`${url}/auth/login`);
    expect(res?.status()).toBe(502);
    await expect(page.getByText('De inlogdienst is nu niet bereikbaar').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('without OIDC settings answers every page with 404 while the API works', async () => {
    const { url } = await start('zonder-oidc', {});
    const page = await browser.newPage();
    for (const path of ['/', '/auth/login', '/werkvoorraad'])
      expect((await page.goto(`${url}${path}`))?.status()).toBe(404);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    expect((await fetch(`${url}/api/v1/signalen`)).status).toBe(401);
    await page.close();
  });
});
