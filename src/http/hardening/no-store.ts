// Cache-Control: no-store on every response that may carry personal data (contract §5 v2), so no browser, proxy or
// shared cache keeps a case, a letter or a refusal. The simplest safe rule: every response, except the public,
// person-free paths named in `except` (which keep their own caching).
import { createMiddleware } from 'hono/factory';
import { setResponseHeader } from '../response-header.ts';

export interface NoStoreOptions {
  /** Absolute paths that carry no personal data; each also covers what lies below it (`/x/docs` → `/x/docs/a.js`). */
  except?: readonly string[];
}

/** The public /api/v1 paths without personal data: the API description, its reference page and the rule set. */
export const PUBLIC_API_PATHS = ['/api/v1/openapi.json', '/api/v1/docs', '/api/v1/risicoregels'] as const;

/**
 * @example api.use('*', noStore({ except: PUBLIC_API_PATHS }))   // the API: all but its public paths
 * @example app.use('/werkvoorraad', noStore())                    // a staff page with personal data
 */
export function noStore(o: NoStoreOptions = {}) {
  const except = o.except ?? [];
  return createMiddleware(async (c, next) => {
    await next();
    const path = c.req.path;
    if (except.some((p) => path === p || path.startsWith(`${p}/`))) return;
    setResponseHeader(c, 'Cache-Control', 'no-store');
  });
}
