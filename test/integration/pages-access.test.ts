// Staff pages, without a browser: who may open which page (§9 table), security headers, the stylesheet, 404s,
// and the three login modes: dev, OIDC (against the test identity provider), and off in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuAccess } from '../../src/pages/placeholders.tsx';
import { stylesheetHref } from '../../src/web/assets.ts';
import { STAFF_ROLES } from '../../src/web/settings.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.ts';
import { pageClient, textOf } from '../helpers/page-client.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

describe('access per role', () => {
  it('opens each menu page for its roles and shows the 403 page to every other role', async () => {
    for (const role of STAFF_ROLES) {
      const p = pageClient(h.app);
      await p.loginAs(role);
      for (const [path, { roles }] of menuAccess()) {
        const res = await p.get(path);
        expect([role, path, res.status]).toEqual([role, path, roles.includes(role) ? 200 : 403]);
        if (res.status === 403) expect(textOf(res.html)).toContain('Geen toegang');
      }
    }
  });

  it('puts the paths of contract §9 in the menus of the right roles', () => {
    const table = Object.fromEntries([...menuAccess()].map(([path, { roles }]) => [path, roles]));
    expect(table).toEqual({
      '/werkvoorraad': ['gemeente'],
      '/zoeken': ['gemeente'],
      '/voorcontrole': ['gemeente'],
      '/signalen': ['rvdk-iko', 'ca-ika', 'ciko'],
      '/aandachtsmarkeringen': ['rvdk-iko', 'ca-ika'],
      '/statistieken': ['ciko', 'privacy'],
      '/logboek': ['privacy'],
    });
  });
});

describe('headers and assets', () => {
  it('sends a strict CSP, no caching and no referrer on every page, also on error pages', async () => {
    const p = pageClient(h.app);
    for (const res of [await p.get('/'), await p.get('/auth/login'), await p.get('/bestaat-niet')]) {
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.html).toMatch(/^<!DOCTYPE html><html lang="nl"/);
      expect(res.html).not.toMatch(/<script|style="/);
    }
  });

  it('serves the stylesheet from itself under a content hash, cached for a year', async () => {
    const res = await h.app.request(stylesheetHref());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toContain('.utrecht-button');
    expect((await h.app.request('/assets/vertreksignaal-0000000000000000.css')).status).toBe(404);
  });

  it('answers an unknown page with the 404 page and an unknown API path with problem+json', async () => {
    const page = await h.app.request('/werkvoorraad/extra');
    expect(page.status).toBe(404);
    expect(textOf(await page.text())).toContain('Pagina niet gevonden');
    const api = await h.app.request('/api/v1/bestaat-niet');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    expect(api.headers.get('set-cookie')).toBeNull();
  });
});

describe('production', () => {
  it('without OIDC settings: every page answers 404 and the API works', async () => {
    const prod = await createHarness({ env: { NODE_ENV: 'production' } });
    try {
      for (const path of ['/', '/auth/login', '/werkvoorraad', stylesheetHref()]) {
        expect([path, (await prod.app.request(path)).status]).toEqual([path, 404]);
      }
      expect((await prod.app.request('/auth/dev-login', { method: 'POST' })).status).toBe(404);
      expect((await prod.app.request('/health/live')).status).toBe(200);
      expect((await prod.request('GET', '/api/v1/signalen', { token: await prod.token('rvdk-iko') })).status).toBe(200);
    } finally {
      await prod.close();
    }
  });

  it('with OIDC settings: no dev login, and a __Host- cookie with Secure on https', async () => {
    const env = {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://idp.invalid',
      OIDC_CLIENT_ID: 'vs',
      OIDC_CLIENT_SECRET: 'geheim',
      SESSION_SECRET: 's'.repeat(40),
      PUBLIC_URL: 'https://vertreksignaal.example.nl',
    };
    const prod = await createHarness({ env });
    try {
      expect((await prod.app.request('/auth/dev-login', { method: 'POST' })).status).toBe(404);
      const home = await prod.app.request('/');
      expect(textOf(await home.text())).not.toContain('Ontwikkelmodus');
      expect(home.headers.get('set-cookie')).toMatch(
        /^__Host-vs-sessie=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
      );
      // The identity provider is unreachable here: the login says so instead of failing silently.
      const login = await prod.app.request('/auth/login');
      expect(login.status).toBe(502);
      expect(textOf(await login.text())).toContain('De inlogdienst is nu niet bereikbaar');
    } finally {
      await prod.close();
    }
  });
});

describe('OIDC login (test identity provider)', () => {
  let idp: TestProvider;
  let o: Harness;
  beforeAll(async () => {
    idp = await startTestProvider();
    o = await createHarness({
      env: {
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        PUBLIC_URL: 'http://127.0.0.1:9',
      },
    });
  });
  afterAll(async () => {
    await o?.close();
    await idp?.close();
  });

  /** The browser's part: follow the redirect to the provider, and its redirect back to our callback. */
  async function viaProvider(p: ReturnType<typeof pageClient>, path = '/auth/login') {
    const start = await p.get(path);
    expect(start.status).toBe(303);
    const back = await fetch(start.location!, { redirect: 'manual' });
    const callback = new URL(back.headers.get('location')!);
    expect(callback.origin + callback.pathname).toBe('http://127.0.0.1:9/auth/callback');
    return p.get(callback.pathname + callback.search);
  }

  it('signs in with the role and municipalities of the ID token and returns to the page asked for', async () => {
    idp.user = { sub: 'rvdk-7', roles: ['rvdk-iko'] };
    const p = pageClient(o.app);
    const res = await viaProvider(p, '/auth/login?naar=%2Fsignalen');
    expect(res).toMatchObject({ status: 303, location: '/signalen' });
    expect(textOf((await p.get('/signalen')).html)).toContain(
      'Raad voor de Kinderbescherming — medewerker team Internationale Kinderontvoering',
    );
    expect(idp.log.token.at(-1)).toEqual({ auth: 'client_secret_basic', pkce: true });
  });

  it('refuses an account without a staff role, and a callback it did not start', async () => {
    idp.user = { sub: 'bron', roles: ['brp-bron'], gemeentecodes: ['0363'] };
    const p = pageClient(o.app);
    const res = await viaProvider(p);
    expect(res.status).toBe(403);
    expect(textOf(res.html)).toContain('Uw account heeft geen rol in Vertreksignaal');
    expect((await pageClient(o.app).get('/auth/callback?code=x&state=y')).status).toBe(400);
  });

  it('logs out here and at the provider, with the ID token as hint', async () => {
    idp.user = { sub: 'med-1', roles: ['gemeente'], gemeentecodes: ['0363'] };
    const p = pageClient(o.app);
    await viaProvider(p);
    await p.get('/');
    const res = await p.post('/auth/logout');
    expect(res.status).toBe(303);
    const end = new URL(res.location!);
    expect(end.origin + end.pathname).toBe(`${idp.issuer}/logout`);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe('http://127.0.0.1:9/');
    expect((await p.get('/werkvoorraad')).status).toBe(303);
  });
});
