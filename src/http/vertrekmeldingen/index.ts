// /vertrekmeldingen: departure cases, search by child, custody recorded by hand.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { recordCustody } from '../../app/cases/custody.ts';
import { listCases, readCase, searchCases } from '../../app/cases/read.ts';
import type { AppEnv } from '../env.ts';
import { decodeCursor, nextLink } from '../pagination.ts';
import * as routes from './vertrekmeldingen.routes.ts';
import { caseView, pendingView } from './vertrekmeldingen.view.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(routes.getOne, async (c) => {
    const r = await readCase(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id);
    return c.json('pending' in r ? pendingView(r.pending) : caseView(r), 200);
  });
  app.openapi(routes.search, async (c) => {
    const found = await searchCases(c.var.web.runtime.ctx, c.var.actor, c.req.valid('json').burgerservicenummer);
    return c.json({ vertrekmeldingen: found.map(caseView) }, 200);
  });
  app.openapi(routes.list, async (c) => {
    const q = c.req.valid('query');
    const page = await listCases(c.var.web.runtime.ctx, c.var.actor, {
      municipality: q.gemeente,
      statuses: q.status,
      cursor: decodeCursor(q.vanaf),
    });
    const volgende = nextLink(c.req.url, page.next);
    return c.json({ vertrekmeldingen: page.items.map(caseView), ...(volgende ? { volgende } : {}) }, 200);
  });
  app.openapi(routes.custody, async (c) => {
    const ctx = c.var.web.runtime.ctx;
    const id = c.req.valid('param').id;
    await recordCustody(ctx, c.var.actor, id, c.req.valid('json'));
    const r = await readCase(ctx, c.var.actor, id);
    return c.json('pending' in r ? pendingView(r.pending) : caseView(r), 200);
  });
}
