// createApp(web): the whole HTTP surface, the same on Node and Cloudflare Workers. Routes declare their own
// authorisation (src/http/route.ts); every failure leaves as problem+json; every response carries API-Version.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { invalidParamsFrom } from './app/invalid-params.ts';
import { register as aandachtsmarkeringen } from './http/aandachtsmarkeringen/index.ts';
import { register as docs } from './http/docs/index.ts';
import type { AppEnv, Web } from './http/env.ts';
import { register as gebeurtenissen } from './http/gebeurtenissen/index.ts';
import { noStore, PUBLIC_API_PATHS } from './http/hardening/no-store.ts';
import { register as kennisgevingen } from './http/kennisgevingen/index.ts';
import { register as logboek } from './http/logboek/index.ts';
import { declareConventions } from './http/openapi-conventions.ts';
import { ApiError, fromAppError, isAppError, lostRace, problemResponse, TITLES } from './http/problem.ts';
import { setResponseHeader } from './http/response-header.ts';
import { register as risicoregels } from './http/risicoregels/index.ts';
import { register as signalen } from './http/signalen/index.ts';
import { register as sisVerzoeken } from './http/sis-verzoeken/index.ts';
import { register as statistieken } from './http/statistieken/index.ts';
import { registerSystem } from './http/system/index.ts';
import { API_TAGS } from './http/tags.ts';
import { register as vertrekmeldingen } from './http/vertrekmeldingen/index.ts';
import { register as voorcontroles } from './http/voorcontroles/index.ts';
import { hostFrom } from './web/host.ts';
import { registerPages } from './web/index.tsx';

export const API_VERSION = '1.1.0';

export function createApp(web: Web) {
  const app = new OpenAPIHono<AppEnv>({ strict: true });
  const metrics = web.runtime.ctx.metrics;
  app.use('*', requestId(), async (c, next) => {
    c.set('web', web);
    await next();
    setResponseHeader(c, 'API-Version', API_VERSION);
    // Labelled by route pattern (`/api/v1/kennisgevingen/:id`), never by the concrete path.
    const route = c.req.matchedRoutes.filter((r) => r.method !== 'ALL').at(-1)?.path ?? 'onbekend';
    metrics.inc('vertreksignaal_http_requests_total', { method: c.req.method, route, status: String(c.res.status) });
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, crossOriginResourcePolicy: false }));
  // Every API response may carry personal data (errors and 404s too), except the public, person-free ones.
  app.use('/api/v1/*', noStore({ except: PUBLIC_API_PATHS }));
  app.onError((err, c) => {
    const headers = { 'API-Version': API_VERSION };
    const e = isAppError(err) ? fromAppError(err) : (lostRace(err) ?? err);
    if (e instanceof ApiError)
      return problemResponse(e.status, e.title, e.detail, e.extra, { ...headers, ...e.headers });
    // hono's own refusals (a body too large, JSON the validator could not read) are the caller's doing.
    if (e instanceof HTTPException && e.status < 500)
      return problemResponse(e.status, TITLES[e.status] ?? 'Fout', undefined, {}, headers);
    web.runtime.ctx.logger.error(
      { requestId: c.get('requestId'), err: { name: (err as Error).name } },
      'unhandled error',
    );
    return problemResponse(500, 'Interne fout', `Er ging iets mis; kenmerk ${c.get('requestId')}.`, {}, headers);
  });
  // The path is not echoed: a caller may have put personal data in it.
  app.notFound(() =>
    problemResponse(404, 'Niet gevonden', 'Deze resource bestaat niet.', {}, { 'API-Version': API_VERSION }),
  );
  registerSystem(app);

  const api = new OpenAPIHono<AppEnv>({
    strict: true,
    defaultHook: (result) => {
      if (!result.success)
        throw new ApiError(400, 'Ongeldige invoer', 'De invoer is ongeldig.', {
          invalidParams: invalidParamsFrom(result.error),
        });
    },
  });
  gebeurtenissen(api, web.runtime.config.INTAKE_RATE_PER_MINUTE);
  vertrekmeldingen(api);
  voorcontroles(api);
  kennisgevingen(api);
  signalen(api);
  sisVerzoeken(api);
  aandachtsmarkeringen(api);
  risicoregels(api);
  statistieken(api);
  logboek(api);
  docs(api);
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  let document: object | null = null;
  api.get('/openapi.json', cors({ origin: '*' }), (c) => {
    document ??= declareConventions(
      api.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'Vertreksignaal API',
          version: API_VERSION,
          description:
            'Signaleert het geregistreerde vertrek naar het buitenland van een minderjarige aan de andere ' +
            'gezaghouder en aan de IKO-ketenpartners.',
          contact: { name: 'Vertreksignaal', url: 'https://vertreksignaal.nl', email: 'api@vertreksignaal.nl' },
        },
      }),
      {
        version: API_VERSION,
        serverUrl: `${web.runtime.config.PUBLIC_URL ?? 'https://vertreksignaal.nl'}/api/v1`,
        tags: API_TAGS,
      },
    );
    return c.json(document);
  });
  app.route('/api/v1', api);
  // Last: the pages end in a catch-all 404 page that would shadow any route added after them.
  registerPages(app, hostFrom(web.runtime));
  return app;
}
