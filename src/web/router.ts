// How a page is declared: `r.get(path, access, handler)` and `r.post(path, access, handler)`. Every page route gets
// the same chain (security headers, layout renderer, session, access check); every POST also a size limit and the
// CSRF check before its handler runs.
import type { Handler, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { jsxRenderer } from 'hono/jsx-renderer';
import { type Access, requireAccess } from './access.ts';
import { csrfProtection } from './csrf.ts';
import type { WebEnv, WebRuntime } from './env.ts';
import { pageHeaders } from './headers.ts';
import { sessionMiddleware } from './session/middleware.ts';
import { Layout } from './ui/Layout.tsx';

export const MAX_FORM_BYTES = 256 * 1024;

type Register = (path: string, ...handlers: MiddlewareHandler<WebEnv>[]) => unknown;

export class PageRouter {
  /** Runs first on every page request: settings, headers, layout and session, in that order. */
  readonly base: MiddlewareHandler<WebEnv>[];

  constructor(
    readonly app: Hono<WebEnv>,
    runtime: () => Promise<WebRuntime>,
  ) {
    const provide: MiddlewareHandler<WebEnv> = async (c, next) => {
      c.set('pages', await runtime());
      await next();
    };
    this.base = [provide, pageHeaders, jsxRenderer(Layout), sessionMiddleware];
  }

  /** A page to read. `access` says who may see it; others get the login (not signed in) or the 403 page. */
  get<P extends string>(path: P, access: Access, handler: Handler<WebEnv, P>): void {
    (this.app.get as Register)(path, ...this.base, requireAccess(access), handler as MiddlewareHandler<WebEnv>);
  }

  /**
   * A form action. The CSRF token is checked before `handler` runs; answer with a redirect (PRG) or a page.
   * `{ csrf: 'in-handler' }` is for the one action that must decide itself (logout of an expired session).
   */
  post<P extends string>(path: P, access: Access, handler: Handler<WebEnv, P>, o: { csrf?: 'in-handler' } = {}): void {
    const limit = bodyLimit({ maxSize: MAX_FORM_BYTES });
    const checks = o.csrf === 'in-handler' ? [] : [csrfProtection];
    (this.app.post as Register)(
      path,
      ...this.base,
      limit,
      requireAccess(access),
      ...checks,
      handler as MiddlewareHandler<WebEnv>,
    );
  }
}
