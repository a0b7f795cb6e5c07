// /sis-verzoeken/{id}/intrekken: the requesting organisation withdraws a SIS request.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { IdParam, RedenInvoer } from '../../../schemas/api/common.ts';
import { SisVerzoek } from '../../../schemas/api/signals.ts';
import { withdrawSisRequest } from '../../app/sis/requests.ts';
import type { AppEnv } from '../env.ts';
import { apiRoute, errorResponses } from '../route.ts';
import { sisView } from '../signalen/signalen.view.ts';

export const withdraw = apiRoute({
  method: 'post',
  path: '/sis-verzoeken/{id}/intrekken',
  tags: ['Signalen'],
  roles: ['rvdk-iko', 'ca-ika'],
  operationId: 'trekSisVerzoekIn',
  summary: 'Een SIS-verzoek intrekken, met reden',
  description:
    'De organisatie die het verzoek deed trekt het in; de intrekking wordt aan de bevoegde autoriteit overgedragen.',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: RedenInvoer } } } },
  responses: {
    200: { description: 'Het verzoek', content: { 'application/json': { schema: SisVerzoek } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(withdraw, async (c) => {
    const r = await withdrawSisRequest(
      c.var.web.runtime.ctx,
      c.var.actor,
      c.req.valid('param').id,
      c.req.valid('json').reden,
    );
    return c.json(sisView(r), 200);
  });
}
