// GET /statistieken (ciko, privacy): the evaluation figures; small cells as "<10"; no personal data.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Periode, Statistieken } from '../../../schemas/api/other.ts';
import { readStatistics } from '../../app/statistics/statistics.ts';
import type { AppEnv } from '../env.ts';
import { apiRoute, errorResponses } from '../route.ts';
import { today } from '../today.ts';

export const stats = apiRoute({
  method: 'get',
  path: '/statistieken',
  tags: ['Statistieken'],
  roles: ['ciko', 'privacy'],
  operationId: 'haalStatistieken',
  summary: 'Evaluatiecijfers over een periode',
  description:
    'Aantallen per status, niveau, regel, ontvanger en uitkomst, de precisie per regel en de tijd tot oppakken. ' +
    'Cellen onder 10 als "<10".',
  request: { query: Periode },
  responses: {
    200: { description: 'De cijfers', content: { 'application/json': { schema: Statistieken } } },
    ...errorResponses(400, 401, 403),
  },
});

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(stats, async (c) => {
    const q = c.req.valid('query');
    const to = q.tot ?? today(c);
    const from = q.van ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    return c.json(await readStatistics(c.var.web.runtime.ctx, c.var.actor, { from, to }), 200);
  });
}
