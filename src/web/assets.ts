// The stylesheet, served by the service itself under a content-hashed name so browsers may keep it for a year.
// The bytes come from a generated module (scripts/gen-styles.ts): no file access at request time, on Node or Workers.
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import { STYLES_CSS, STYLES_HASH } from './assets/styles.generated.ts';

export const stylesheetHref = () => `/assets/vertreksignaal-${STYLES_HASH}.css`;

export function registerAssets(app: Hono) {
  app.get('/assets/:file', compress(), (c) => {
    // Only the current name: an old hash must not be cached for a year under new content.
    if (c.req.param('file') !== `vertreksignaal-${STYLES_HASH}.css`) return c.notFound();
    return c.body(STYLES_CSS, 200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
}
