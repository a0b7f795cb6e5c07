// Staff pages, without a browser: dev login, sessions (idle and absolute limits), CSRF, logout, and the modes
// (dev, OIDC, production without OIDC).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/store/sql.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';
import { pageClient, textOf } from '../helpers/page-client.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

describe('dev login', () => {
  it('signs in as the chosen role and municipality, and shows it in the header', async () => {
    const p = pageClient(h.app);
    const res = await p.loginAs('gemeente', '0363, 0479');
    expect(res.status).toBe(303);
    const home = await p.get('/');
    expect(textOf(home.html)).toContain('Gemeenten Amsterdam en Zaanstad — medewerker burgerzaken');
    expect(textOf(home.html)).toContain('Ontwikkelmodus');
  });

  it('shows what is wrong beside the field and in a linked summary, and signs nobody in', async () => {
    const p = pageClient(h.app);
    await p.get('/auth/login');
    const res = await p.post('/auth/dev-login', { rol: 'gemeente', gemeentecodes: '9999' });
    expect(res.status).toBe(400);
    expect(res.html).toContain('<title>Fout: Inloggen (ontwikkelmodus) — Vertreksignaal</title>');
    expect(res.html).toMatch(/href="#veld-gemeentecodes"[^>]*>Er is geen gemeente met code 9999\.</);
    expect(res.html).toMatch(/id="veld-gemeentecodes-fout"[^>]*>.*Er is geen gemeente met code 9999\./);
    expect(res.html).toMatch(/aria-describedby="[^"]*veld-gemeentecodes-fout/);
    const none = await p.post('/auth/dev-login', {});
    expect(none.html).toMatch(/href="#veld-rol"[^>]*>Kies een rol\.</);
    expect(textOf((await p.get('/')).html)).toContain('Inloggen');
  });

  it('does not offer the BRP source role', async () => {
    const p = pageClient(h.app);
    expect((await p.get('/auth/login')).html).not.toContain('value="brp-bron"');
    expect((await p.post('/auth/dev-login', { rol: 'brp-bron' })).status).toBe(400);
  });
});

describe('sessions', () => {
  it('sends a signed-out visitor to the login and back to the page afterwards', async () => {
    const p = pageClient(h.app);
    const res = await p.get('/werkvoorraad');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/auth/login?naar=%2Fwerkvoorraad');
    await p.get(res.location!);
    const login = await p.post('/auth/dev-login', { rol: 'gemeente', gemeentecodes: '0363', naar: '/werkvoorraad' });
    expect(login.location).toBe('/werkvoorraad');
    const q = pageClient(h.app);
    await q.get('/auth/login?naar=//evil.example/');
    expect(
      (await q.post('/auth/dev-login', { rol: 'gemeente', gemeentecodes: '0363', naar: '//evil.example/' })).location,
    ).toBe('/');
  });

  it('keeps a session alive while used, and ends it after 15 idle minutes with a message', async () => {
    const p = pageClient(h.app);
    await p.loginAs('privacy');
    for (let i = 0; i < 4; i++) {
      h.advance(14 * 60_000);
      expect((await p.get('/logboek')).status).toBe(200);
    }
    h.advance(15 * 60_000);
    const res = await p.get('/logboek');
    expect(res.status).toBe(303);
    expect(textOf((await p.get(res.location!)).html)).toContain('U was een tijd niet actief');
  });

  it('ends a session 8 hours after login, however busy', async () => {
    const p = pageClient(h.app);
    await p.loginAs('ciko');
    for (let t = 0; t < 8 * 60; t += 10) {
      expect((await p.get('/statistieken')).status).toBe(200);
      h.advance(10 * 60_000);
    }
    expect((await p.get('/statistieken')).status).toBe(303);
  });

  it('marks the cookie HttpOnly and SameSite=Lax, not Secure on http', async () => {
    const res = await h.app.request('/');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^vs-sessie=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });
});

describe('CSRF', () => {
  it('refuses a form without the session token with 403, and nothing changes', async () => {
    const p = pageClient(h.app);
    await p.get('/auth/login');
    const res = await p.postWithout('/auth/dev-login', { rol: 'privacy' });
    expect(res.status).toBe(403);
    expect(textOf(res.html)).toContain('Er is niets veranderd');
    expect(textOf((await p.get('/')).html)).not.toContain('privacyfunctionaris');
  });

  it('refuses a token from another session', async () => {
    const a = pageClient(h.app);
    const b = pageClient(h.app);
    await a.loginAs('gemeente');
    await b.loginAs('privacy');
    await a.get('/');
    const res = await b.post('/auth/logout', { _csrf: a.csrf });
    expect(res.status).toBe(403);
    expect(textOf((await b.get('/')).html)).toContain('privacyfunctionaris');
  });
});

describe('logout', () => {
  it('ends the session and says so', async () => {
    const p = pageClient(h.app);
    await p.loginAs('rvdk-iko');
    await p.get('/');
    const res = await p.post('/auth/logout');
    expect(res).toMatchObject({ status: 303, location: '/' });
    const home = await p.get('/');
    expect(textOf(home.html)).toContain('U bent uitgelogd.');
    expect((await p.get('/signalen')).status).toBe(303);
  });
});

describe('refusals in the logboek', () => {
  it('records a page opened with the wrong role, as the API does', async () => {
    const p = pageClient(h.app);
    await p.loginAs('gemeente');
    const res = await p.get('/logboek');
    expect(res.status).toBe(403);
    expect(textOf(res.html)).toContain('Uw rol geeft geen toegang tot deze pagina.');
    const rows = await h.rows<{ actor_role: string; operation: string }>(
      sql`SELECT actor_role, operation FROM audit_log WHERE outcome = 'geweigerd'`,
    );
    expect(rows.some((r) => r.actor_role === 'gemeente' && r.operation.includes('/logboek'))).toBe(true);
  });
});
