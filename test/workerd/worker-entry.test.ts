// The Worker entry itself (src/worker.ts, as wrangler.toml names it) in workerd on D1: settings from bindings with
// the keys inline, events taken in through its fetch handler and assessed after the answer (waitUntil), a letter as
// PDF (pdfkit and the fonts as Data modules), and the staff pages with the dev login.
import { applyD1Migrations, type D1Migration, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITIES, demoEvents } from '../../adapters/brp/demo-events.ts';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { mintToken } from '../../src/dev-issuer.ts';
import { pageClient, textOf } from '../helpers/page-client.ts';
import { settled, workerClient } from './worker-client.ts';

const { call, request, post } = workerClient(DEMO_MUNICIPALITIES);
const scenarios = DEMO_SCENARIOS.slice(0, 4);

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS as D1Migration[]));

describe('the Worker entry', () => {
  it('is ready on D1 and publishes the signing key it was given inline', async () => {
    expect((await request('/health/ready')).status).toBe(200);
    const jwks = (await (await request('/.well-known/jwks.json')).json()) as { keys: { x: string }[] };
    expect(jwks.keys.map((k) => k.x)).toEqual([JSON.parse(env.SIGNING_KEY as string).x]);
  });

  it('refuses a token from another issuer', async () => {
    const issuerKey = JSON.parse(env.TEST_ISSUER_JWK as string);
    const other = await mintToken(
      issuerKey,
      { sub: 'x', roles: ['gemeente'] },
      { issuer: 'https://elders.test', audience: 'vertreksignaal' },
    );
    const res = await request('/api/v1/kennisgevingen');
    expect(res.status).toBe(401);
    const withOther = await call('/api/v1/kennisgevingen', ['gemeente'], {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(withOther.status).toBe(401);
  });

  it('takes in events and assesses them after answering, as the BRP and a municipality see it', async () => {
    const res = await post(demoEvents().slice(0, 4));
    expect(res.status).toBe(202);
    const ids = ((await res.json()) as { id: string }[]).map((r) => r.id);
    await settled(30_000);
    const seen = await Promise.all(
      ids.map(
        async (id) => ((await (await call(`/api/v1/vertrekmeldingen/${id}`, ['gemeente'])).json()) as any).status,
      ),
    );
    expect(seen).toEqual(scenarios.map((s) => s.expected.status));
  });

  it('serves a notification letter as PDF, typeset in workerd', async () => {
    const list = (await (await call('/api/v1/kennisgevingen?status=te-beoordelen', ['gemeente'])).json()) as any;
    expect(list.kennisgevingen.length).toBeGreaterThan(0);
    const res = await call(`/api/v1/kennisgevingen/${list.kennisgevingen[0].id}/brief`, ['gemeente']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it('serves the staff pages: the start page, the dev login, and a signed-in work list', async () => {
    const pages = pageClient({ request });
    const home = await pages.get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const login = await pages.get('/auth/login');
    expect(login.status).toBe(200);
    expect(textOf(login.html)).toContain('Inloggen');
    const signedIn = await pages.loginAs('gemeente', DEMO_MUNICIPALITIES.join(','));
    expect(signedIn.status).toBe(303);
    const work = await pages.get('/werkvoorraad');
    expect(work.status).toBe(200);
    expect(work.headers.get('cache-control')).toContain('no-store');
  });
});
