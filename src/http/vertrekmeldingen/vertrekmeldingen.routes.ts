import { createRoute, z } from '@hono/zod-openapi';
import { IdParam, Vertrekmelding, VertrekmeldingLijst, ZoekVraag } from '../../../schemas/api.ts';
import { Cursor } from '../pagination.ts';
import { errorResponses } from '../openapi-common.ts';

const tags = ['Vertrekmeldingen'];
const security = [{ bearer: [] }];

export const getOne = createRoute({
  method: 'get', path: '/vertrekmeldingen/{id}', tags, security,
  summary: 'Een vertrekmelding zoals de aanroeper die mag zien',
  request: { params: IdParam },
  responses: { 200: { description: 'De vertrekmelding', content: { 'application/json': { schema: Vertrekmelding } } }, ...errorResponses(400, 401, 403, 404) },
});

export const search = createRoute({
  method: 'post', path: '/vertrekmeldingen/_zoek', tags, security,
  summary: 'Vertrekmeldingen van een kind zoeken (BSN in de body, nooit in de URL)',
  request: { body: { required: true, content: { 'application/json': { schema: ZoekVraag } } } },
  responses: { 200: { description: 'Gevonden vertrekmeldingen', content: { 'application/json': { schema: VertrekmeldingLijst } } }, ...errorResponses(400, 401, 403) },
});

export const list = createRoute({
  method: 'get', path: '/vertrekmeldingen', tags, security,
  summary: 'Vertrekmeldingen van de eigen gemeente(n), oudste eerst',
  request: {
    query: z.object({
      status: z.enum(['beoordeeld', 'niet-van-toepassing', 'handmatige-controle', 'ingetrokken', 'afgesloten']).optional(),
      gemeente: z.string().regex(/^[0-9]{4}$/).optional(),
      vanaf: Cursor,
    }),
  },
  responses: { 200: { description: 'Vertrekmeldingen', content: { 'application/json': { schema: VertrekmeldingLijst } } }, ...errorResponses(400, 401, 403) },
});
