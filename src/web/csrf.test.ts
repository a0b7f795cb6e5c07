// The CSRF middleware on its own: which requests reach the handler.

import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CsrfError, csrfProtection } from './csrf.ts';
import type { PagesHost } from './host.ts';
import { Session } from './session/session.ts';

/** What the middleware reads from the page context: the session, and a logger for refusals. */
type CsrfTestEnv = { Variables: { session: Session; pages: { host: { logger: Pick<PagesHost['logger'], 'warn'> } } } };

function appWith(session: Session) {
  let reached = 0;
  const app = new Hono<CsrfTestEnv>();
  app.onError((err, c) => c.text(err instanceof CsrfError ? 'refused' : 'other', err instanceof CsrfError ? 403 : 500));
  app.use('*', async (c, next) => {
    c.set('session', session);
    c.set('pages', { host: { logger: { warn: () => undefined } } });
    await next();
  });
  app.all('/actie', csrfProtection, (c) => {
    reached++;
    return c.text('ok');
  });
  return { app, reached: () => reached };
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('csrfProtection', () => {
  const session = Session.fresh(0);
  const token = session.csrfToken;

  it('lets a form with the session token through, as field or as X-CSRF-Token header', async () => {
    const { app, reached } = appWith(session);
    expect((await app.request('/actie', form({ _csrf: token, a: '1' }))).status).toBe(200);
    expect((await app.request('/actie', { method: 'POST', headers: { 'x-csrf-token': token } })).status).toBe(200);
    expect(reached()).toBe(2);
  });

  it('refuses a missing, empty, wrong or other-session token before the handler runs', async () => {
    const { app, reached } = appWith(session);
    const other = Session.fresh(0).csrfToken;
    for (const init of [form({ a: '1' }), form({ _csrf: '' }), form({ _csrf: `${token}x` }), form({ _csrf: other })]) {
      expect((await app.request('/actie', init)).status).toBe(403);
    }
    const json = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ _csrf: token }),
    };
    expect((await app.request('/actie', json)).status).toBe(403);
    expect(reached()).toBe(0);
  });

  it('does not ask for a token on GET', async () => {
    const { app, reached } = appWith(session);
    expect((await app.request('/actie')).status).toBe(200);
    expect(reached()).toBe(1);
  });
});
