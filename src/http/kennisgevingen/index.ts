// /kennisgevingen: the municipality's notices to other custody holders. Handlers only translate HTTP to use cases.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { actOnNotification, recordReaction } from '../../app/notifications/act.ts';
import { letterPdf, listNotifications, readNotification } from '../../app/notifications/queries.ts';
import type { AppEnv } from '../env.ts';
import { decodeCursor, nextLink } from '../pagination.ts';
import { today } from '../today.ts';
import * as routes from './kennisgevingen.routes.ts';
import { notificationView } from './kennisgevingen.view.ts';

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(routes.list, async (c) => {
    const q = c.req.valid('query');
    const page = await listNotifications(c.var.web.runtime.ctx, c.var.actor, {
      statuses: q.status,
      cursor: decodeCursor(q.vanaf),
    });
    const volgende = nextLink(c.req.url, page.next);
    return c.json(
      { kennisgevingen: page.items.map((n) => notificationView(n, today(c))), ...(volgende ? { volgende } : {}) },
      200,
    );
  });
  app.openapi(routes.getOne, async (c) => {
    const d = await readNotification(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id);
    return c.json(notificationView(d.notification, today(c), d.text), 200);
  });
  app.openapi(routes.letter, async (c) => {
    const pdf = await letterPdf(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id);
    return c.body(pdf.slice().buffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': 'inline; filename="kennisgeving.pdf"',
    });
  });
  app.openapi(routes.send, async (c) => {
    const n = await actOnNotification(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id, { type: 'send' });
    return c.json(notificationView(n, today(c)), 200);
  });
  app.openapi(routes.hold, async (c) => {
    const n = await actOnNotification(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id, {
      type: 'hold',
      reason: c.req.valid('json').reden,
    });
    return c.json(notificationView(n, today(c)), 200);
  });
  app.openapi(routes.cancel, async (c) => {
    const n = await actOnNotification(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id, {
      type: 'cancel',
      reason: c.req.valid('json').reden,
    });
    return c.json(notificationView(n, today(c)), 200);
  });
  app.openapi(routes.reaction, async (c) => {
    const n = await recordReaction(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id, c.req.valid('json'));
    return c.json(notificationView(n, today(c)), 200);
  });
}
