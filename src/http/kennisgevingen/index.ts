import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole } from '../auth/middleware.ts';
import * as routes from './kennisgevingen.routes.ts';
import * as h from './kennisgevingen.handlers.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  for (const p of ['/kennisgevingen', '/kennisgevingen/*']) app.use(p, authenticate, requireRole('gemeente'));
  app.openapi(routes.list, async (c) => c.json((await h.list(c, c.req.valid('query'))) as never, 200));
  app.openapi(routes.getOne, async (c) => c.json((await h.getOne(c, c.req.valid('param').id)) as never, 200));
  app.openapi(routes.letter, async (c) => {
    const pdf = await h.letterPdf(c, c.req.valid('param').id);
    return c.body(pdf as never, 200, { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="kennisgeving.pdf"', 'cache-control': 'no-store' }) as never;
  });
  app.openapi(routes.send, async (c) => c.json((await h.act(c, c.req.valid('param').id, 'verzenden')) as never, 200));
  app.openapi(routes.hold, async (c) => c.json((await h.act(c, c.req.valid('param').id, 'aanhouden', c.req.valid('json').reden)) as never, 200));
  app.openapi(routes.cancel, async (c) => c.json((await h.act(c, c.req.valid('param').id, 'annuleren', c.req.valid('json').reden)) as never, 200));
}
