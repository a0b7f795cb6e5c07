import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole } from '../auth/middleware.ts';
import * as routes from './vertrekmeldingen.routes.ts';
import * as handlers from './vertrekmeldingen.handlers.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  app.use('/vertrekmeldingen', authenticate);
  app.use('/vertrekmeldingen/*', authenticate);
  app.use('/vertrekmeldingen', requireRole('gemeente'));
  app.use('/vertrekmeldingen/*', requireRole('gemeente', 'rvdk-iko', 'ca-ika'));
  app.openapi(routes.search, async (c) => c.json((await handlers.search(c, c.req.valid('json').burgerservicenummer)) as never, 200));
  app.openapi(routes.getOne, async (c) => c.json((await handlers.getOne(c, c.req.valid('param').id)) as never, 200));
  app.openapi(routes.list, async (c) => c.json((await handlers.list(c, c.req.valid('query'))) as never, 200));
}
