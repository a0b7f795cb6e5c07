// createApp(deps): the whole HTTP surface, the same on Node and Cloudflare Workers.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Deps } from './deps.ts';
import type { AppEnv } from './http/env.ts';
import { ApiError, problemResponse, invalidParamsFrom } from './http/problem.ts';
import { registerApi } from './http/routes.ts';
import { registerSystem } from './http/system/index.ts';
import { jsonOnly } from './http/hardening/json-only.ts';

export const API_VERSION = '1.0.0';
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ strict: true });

  app.use('*', requestId(), async (c, next) => {
    c.set('deps', deps);
    await next();
    c.header('API-Version', API_VERSION);
    // Labelled by route pattern (`/api/v1/kennisgevingen/:id`), never by the concrete path.
    const route = c.req.matchedRoutes.filter((r) => r.method !== 'ALL').at(-1)?.path ?? 'onbekend';
    deps.metrics.inc('vertreksignaal_http_requests_total', { method: c.req.method, route, status: String(c.res.status) });
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, crossOriginResourcePolicy: false }));
  app.onError((err, c) => {
    const headers = { 'API-Version': API_VERSION };
    if (err instanceof ApiError) return problemResponse(err.status, err.title, err.detail, err.extra, { ...headers, ...err.headers });
    const status = (err as { status?: number }).status;
    if (status === 413) return problemResponse(413, 'Te groot', `Het verzoek is groter dan ${MAX_BODY_BYTES} bytes.`, {}, headers);
    deps.logger.error({ requestId: c.get('requestId'), err: { name: (err as Error).name } }, 'unhandled error');
    return problemResponse(500, 'Interne fout', `Er ging iets mis; kenmerk ${c.get('requestId')}.`, {}, headers);
  });
  // The path is not echoed: a caller may have put personal data in it.
  app.notFound(() => problemResponse(404, 'Niet gevonden', 'Deze resource bestaat niet.', {}, { 'API-Version': API_VERSION }));

  registerSystem(app, deps);

  const api = new OpenAPIHono<AppEnv>({
    strict: true,
    defaultHook: (result) => {
      if (!result.success) throw new ApiError(400, 'Ongeldige invoer', 'De invoer is ongeldig.', { invalidParams: invalidParamsFrom(result.error) });
    },
  });
  api.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => problemResponse(413, 'Te groot', `Het verzoek is groter dan ${MAX_BODY_BYTES} bytes.`, {}, { 'API-Version': API_VERSION }) }));
  api.use('/openapi.json', cors({ origin: '*' }));
  api.use('*', jsonOnly);
  registerApi(api, deps);
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Vertreksignaal API',
      version: API_VERSION,
      description: 'Signaleert het geregistreerde vertrek naar het buitenland van een minderjarige aan de andere gezaghouder en aan de IKO-ketenpartners.',
      contact: { name: 'Vertreksignaal', url: 'https://vertreksignaal.nl' },
    },
    servers: [{ url: '/api/v1' }],
  });
  app.route('/api/v1', api);
  return app;
}
