// CSRF protection for page forms: every state-changing request carries the token bound to the session
// (hidden field `_csrf`, or header X-CSRF-Token for a script). Without the right one: 403 and nothing happens.

import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import type { WebEnv } from './env.ts';
import { safeEqual } from './session/seal.ts';

export const CSRF_FIELD = '_csrf';

/** Thrown on a missing or wrong token; the page error handler shows it as a 403 page. */
export class CsrfError extends HTTPException {
  constructor() {
    super(403, { message: 'csrf' });
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfProtection = createMiddleware<WebEnv>(async (c, next) => {
  if (!SAFE.has(c.req.method)) await assertCsrf(c);
  await next();
});

/** Throws CsrfError unless the request carries this session's token (form field or header). */
export async function assertCsrf(c: Context<WebEnv>): Promise<void> {
  let sent = c.req.header('x-csrf-token');
  if (sent === undefined) {
    const type = c.req.header('content-type') ?? '';
    if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
      const field = (await c.req.parseBody())[CSRF_FIELD];
      if (typeof field === 'string') sent = field;
    }
  }
  if (!sent || !safeEqual(sent, c.var.session.csrfToken)) {
    c.var.pages.host.logger.warn(
      { requestId: c.get('requestId'), route: c.req.routePath },
      'page form refused: CSRF token missing or wrong',
    );
    throw new CsrfError();
  }
}
