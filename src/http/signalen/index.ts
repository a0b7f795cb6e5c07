import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole } from '../auth/middleware.ts';
import * as routes from './signalen.routes.ts';
import * as h from './signalen.handlers.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  for (const p of ['/signalen', '/signalen/*']) app.use(p, authenticate);
  app.post('/signalen/:id/sis-verzoeken', requireRole('rvdk-iko'));
  for (const p of ['/signalen', '/signalen/*']) app.use(p, requireRole('ca-ika', 'rvdk-iko', 'ciko'));
  app.openapi(routes.list, async (c) => c.json((await h.list(c, c.req.valid('query'))) as never, 200));
  app.openapi(routes.getOne, async (c) => c.json((await h.getOne(c, c.req.valid('param').id)) as never, 200));
  app.openapi(routes.start, async (c) => c.json((await h.changeStatus(c, c.req.valid('param').id, 'in-behandeling')) as never, 200));
  app.openapi(routes.close, async (c) => c.json((await h.changeStatus(c, c.req.valid('param').id, 'afgesloten', c.req.valid('json'))) as never, 200));
  app.openapi(routes.fileSis, async (c) => c.json((await h.fileSis(c, c.req.valid('param').id, c.req.valid('json'))) as never, 201));
  app.openapi(routes.listSis, async (c) => c.json((await h.listSis(c, c.req.valid('param').id)) as never, 200));
}
