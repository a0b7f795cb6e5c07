// /aandachtsmarkeringen: RvdK IKO and Ca IKA mark a child for a period; a departure of a marked child is urgent.
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { IdParam } from '../../../schemas/api/common.ts';
import { Aandachtsmarkering, AandachtsmarkeringInvoer } from '../../../schemas/api/other.ts';
import { addWatchMarking, endWatchMarking, listWatchMarkings } from '../../app/watch-markings/markings.ts';
import { isActive, type WatchMarkingState } from '../../core/watch-marking/decider.ts';
import type { AppEnv } from '../env.ts';
import { apiRoute, errorResponses } from '../route.ts';
import { today } from '../today.ts';

const tags: ['Aandachtsmarkeringen'] = ['Aandachtsmarkeringen'];
const roles = ['rvdk-iko', 'ca-ika'] as const;

export const create = apiRoute({
  method: 'post',
  path: '/aandachtsmarkeringen',
  tags,
  roles,
  operationId: 'maakAandachtsmarkering',
  summary: 'Een kind markeren',
  description: 'Tot de opgegeven datum maakt een vertrek van het kind de melding "urgent".',
  request: { body: { required: true, content: { 'application/json': { schema: AandachtsmarkeringInvoer } } } },
  responses: {
    201: { description: 'Aangemaakt', content: { 'application/json': { schema: Aandachtsmarkering } } },
    ...errorResponses(400, 401, 403),
  },
});
export const list = apiRoute({
  method: 'get',
  path: '/aandachtsmarkeringen',
  tags,
  roles,
  operationId: 'zoekAandachtsmarkeringen',
  summary: 'Markeringen van de eigen organisatie',
  description: 'Actieve markeringen; met inclusiefVerlopen ook beëindigde en verlopen.',
  request: { query: z.object({ inclusiefVerlopen: z.enum(['true', 'false']).optional() }) },
  responses: {
    200: {
      description: 'Markeringen',
      content: { 'application/json': { schema: z.object({ aandachtsmarkeringen: z.array(Aandachtsmarkering) }) } },
    },
    ...errorResponses(400, 401, 403),
  },
});
export const remove = apiRoute({
  method: 'delete',
  path: '/aandachtsmarkeringen/{id}',
  tags,
  roles,
  operationId: 'beeindigAandachtsmarkering',
  summary: 'Een markering beëindigen',
  description: 'Alleen de organisatie die de markering zette, kan haar beëindigen.',
  request: { params: IdParam },
  responses: { 204: { description: 'Beëindigd' }, ...errorResponses(400, 401, 403, 404) },
});

const view = (m: WatchMarkingState, day: string) => ({
  id: m.id,
  burgerservicenummer: m.childBsn,
  reden: m.reason,
  geldigTot: m.validUntil,
  organisatie: m.organisation,
  aangemaaktOp: new Date(m.createdAt).toISOString(),
  actief: isActive(m, day),
});

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(create, async (c) =>
    c.json(view(await addWatchMarking(c.var.web.runtime.ctx, c.var.actor, c.req.valid('json')), today(c)), 201),
  );
  app.openapi(list, async (c) => {
    const rows = await listWatchMarkings(
      c.var.web.runtime.ctx,
      c.var.actor,
      c.req.valid('query').inclusiefVerlopen === 'true',
    );
    return c.json({ aandachtsmarkeringen: rows.map((m) => view(m, today(c))) }, 200);
  });
  app.openapi(remove, async (c) => {
    await endWatchMarking(c.var.web.runtime.ctx, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
