// Cache-Control: no-store on every API response that may carry personal data, errors included.

import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CE, emigration } from '../../../test/helpers/events.ts';
import { createHarness, type Harness } from '../../../test/helpers/harness.ts';
import { noStore, PUBLIC_API_PATHS } from './no-store.ts';

describe('noStore middleware', () => {
  const app = new Hono();
  app.onError(() => new Response('{}', { status: 500 }));
  app.use('/api/*', noStore({ except: ['/api/open'] }));
  app.get('/api/case', (c) => c.json({ naam: 'X' }));
  app.get('/api/open', (c) => c.json({}, 200, { 'cache-control': 'public, max-age=60' }));
  app.get('/api/open/sub', (c) => c.text('x'));
  app.get('/api/opener', (c) => c.text('x'));
  app.get('/api/fails', () => {
    throw new Error('boom');
  });
  app.get('/api/proxied', async () => fetch('data:text/plain,x'));

  it('sets no-store, also on errors and on responses with immutable headers', async () => {
    for (const path of ['/api/case', '/api/fails', '/api/proxied', '/api/missing', '/api/opener']) {
      expect((await app.request(path)).headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('leaves the excepted paths and what lies below them alone', async () => {
    expect((await app.request('/api/open')).headers.get('cache-control')).toBe('public, max-age=60');
    expect((await app.request('/api/open/sub')).headers.get('cache-control')).toBeNull();
  });
});

describe('the API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('answers every /api/v1 request with no-store but the public, person-free paths', async () => {
    const gemeente = await h.token('gemeente', ['0363']);
    const brp = await h.token('brp-bron', ['0363']);
    const posted = await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: emigration({ childBsn: '999990378', declarantBsn: '999990007' }),
    });
    await h.drain();
    const responses = [
      posted,
      await h.request('GET', `/api/v1/vertrekmeldingen/${posted.json.id}`, { token: gemeente }),
      await h.request('POST', '/api/v1/vertrekmeldingen/_zoek', {
        token: gemeente,
        body: { burgerservicenummer: '999990378' },
      }),
      await h.request('GET', '/api/v1/kennisgevingen?status=te-beoordelen', { token: gemeente }),
      await h.request('GET', '/api/v1/vertrekmeldingen/00000000-0000-4000-8000-000000000000', { token: gemeente }),
      await h.request('GET', '/api/v1/logboek'),
      await h.request('POST', '/api/v1/vertrekmeldingen/_zoek', { token: gemeente, raw: '{' }),
      await h.request('GET', '/api/v1/bestaat-niet', { token: gemeente }),
    ];
    expect(responses.map((r) => r.status)).toEqual([202, 200, 200, 200, 404, 401, 400, 404]);
    for (const r of responses) expect(r.headers.get('cache-control')).toBe('no-store');
    for (const path of PUBLIC_API_PATHS) {
      const res = await h.request('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).not.toBe('no-store');
    }
  });
});
