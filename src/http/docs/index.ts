// GET /docs: interactive API reference (Scalar). On Node its script is served locally (no internet needed).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { AppEnv } from '../env.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  app.get('/docs/scalar.js', (c) => {
    const script = c.var.deps.docsScript;
    if (!script) return c.notFound();
    return c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' });
  });
  app.get('/docs', async (c, next) => {
    const handler = Scalar({ url: '/api/v1/openapi.json', pageTitle: 'Vertreksignaal API', ...(c.var.deps.docsScript ? { cdn: '/api/v1/docs/scalar.js' } : {}) });
    return handler(c as never, next);
  });
}
