// /signalen: the inbox of Ca IKA, RvdK IKO and CIKO, pick-up and closing, SIS requests, the return request.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { actOnSignal } from '../../app/signals/act.ts';
import { listSignals, readSignal } from '../../app/signals/queries.ts';
import { returnRequestPdf } from '../../app/signals/return-request.ts';
import { fileSisRequest, listSisRequests } from '../../app/sis/requests.ts';
import type { AppEnv } from '../env.ts';
import { decodeCursor, nextLink } from '../pagination.ts';
import * as routes from './signalen.routes.ts';
import { signalView, sisView } from './signalen.view.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  const now = (c: { var: AppEnv['Variables'] }) => c.var.web.runtime.ctx.now();
  app.openapi(routes.list, async (c) => {
    const q = c.req.valid('query');
    const page = await listSignals(c.var.web.runtime.ctx, c.var.actor, {
      statuses: q.status,
      cursor: decodeCursor(q.vanaf),
    });
    const volgende = nextLink(c.req.url, page.next);
    return c.json({ signalen: page.items.map((s) => signalView(s, now(c))), ...(volgende ? { volgende } : {}) }, 200);
  });
  app.openapi(routes.getOne, async (c) =>
    c.json(signalView(await readSignal(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id), now(c)), 200),
  );
  app.openapi(routes.start, async (c) => {
    const s = await actOnSignal(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id, { type: 'pick-up' });
    return c.json(signalView(s, now(c)), 200);
  });
  app.openapi(routes.close, async (c) => {
    const body = c.req.valid('json');
    const s = await actOnSignal(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id, {
      type: 'close',
      outcome: body.uitkomst,
      explanation: body.toelichting,
    });
    return c.json(signalView(s, now(c)), 200);
  });
  app.openapi(routes.fileSis, async (c) => {
    const r = await fileSisRequest(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id, c.req.valid('json'));
    return c.json(sisView(r), 201);
  });
  app.openapi(routes.listSis, async (c) => {
    const rows = await listSisRequests(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id);
    return c.json({ sisVerzoeken: rows.map(sisView) }, 200);
  });
  app.openapi(routes.returnRequest, async (c) => {
    const pdf = await returnRequestPdf(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id);
    return c.body(pdf.slice().buffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': 'inline; filename="teruggeleidingsverzoek.pdf"',
    });
  });
}
