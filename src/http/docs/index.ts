// GET /docs: interactive API reference (Scalar). On Node its script is served locally (no internet needed).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { AppEnv } from '../env.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  app.get('/docs/scalar.js', (c) => {
    const script = c.var.web.docsScript;
    if (!script) return c.notFound();
    return c.body(script, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=86400',
    });
  });
  app.get('/docs', async (c, next) => {
    const handler = Scalar<AppEnv>({
      url: '/api/v1/openapi.json',
      pageTitle: 'Vertreksignaal API',
      // Nothing leaves the page: no telemetry, no AI agent (it would send the API description to a third party),
      // no web fonts.
      telemetry: false,
      agent: { disabled: true },
      showDeveloperTools: 'never',
      // System fonts: Scalar's own are fetched from its CDN.
      withDefaultFonts: false,
      ...(c.var.web.docsScript ? { cdn: '/api/v1/docs/scalar.js' } : {}),
    });
    return handler(c, next);
  });
}
