import { z } from '@hono/zod-openapi';
import { GezagInvoer, Vertrekmelding, VertrekmeldingLijst, ZoekVraag } from '../../../schemas/api/cases.ts';
import { Cursor, IdParam, statusFilter } from '../../../schemas/api/common.ts';
import { CASE_STATUSES } from '../../../schemas/domain.ts';
import { apiRoute, errorResponses } from '../route.ts';

const tags: ['Vertrekmeldingen'] = ['Vertrekmeldingen'];

export const getOne = apiRoute({
  method: 'get',
  path: '/vertrekmeldingen/{id}',
  tags,
  roles: ['gemeente', 'rvdk-iko', 'ca-ika'],
  operationId: 'haalVertrekmelding',
  summary: 'Een vertrekmelding zoals de aanroeper die mag zien',
  description:
    'De gemeente ziet haar eigen meldingen; RvdK IKO en Ca IKA alleen meldingen met een signaal aan hen, zonder ' +
    'kennisgevingen.',
  request: { params: IdParam },
  responses: {
    200: { description: 'De vertrekmelding', content: { 'application/json': { schema: Vertrekmelding } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const search = apiRoute({
  method: 'post',
  path: '/vertrekmeldingen/_zoek',
  tags,
  roles: ['gemeente', 'rvdk-iko', 'ca-ika'],
  operationId: 'zoekVertrekmeldingenVanKind',
  summary: 'Vertrekmeldingen van een kind zoeken',
  description: 'Het burgerservicenummer staat in de body, nooit in de URL.',
  request: { body: { required: true, content: { 'application/json': { schema: ZoekVraag } } } },
  responses: {
    200: { description: 'Gevonden vertrekmeldingen', content: { 'application/json': { schema: VertrekmeldingLijst } } },
    ...errorResponses(400, 401, 403),
  },
});

export const list = apiRoute({
  method: 'get',
  path: '/vertrekmeldingen',
  tags,
  roles: ['gemeente'],
  operationId: 'zoekVertrekmeldingen',
  summary: 'Vertrekmeldingen van de eigen gemeente(n), oudste eerst',
  description: 'Per pagina van 100, te filteren op status en gemeente.',
  request: {
    query: z.object({
      status: statusFilter(CASE_STATUSES),
      gemeente: z
        .string()
        .regex(/^[0-9]{4}$/)
        .optional(),
      vanaf: Cursor,
    }),
  },
  responses: {
    200: { description: 'Vertrekmeldingen', content: { 'application/json': { schema: VertrekmeldingLijst } } },
    ...errorResponses(400, 401, 403),
  },
});

export const custody = apiRoute({
  method: 'post',
  path: '/vertrekmeldingen/{id}/gezag',
  tags,
  roles: ['gemeente'],
  operationId: 'legGezagVast',
  summary: 'Gezag met de hand vastleggen (bij handmatige controle)',
  description:
    'Voor een melding in handmatige controle: het gezag zoals vastgesteld uit een andere bron (bijv. het ' +
    'gezagsregister). De melding wordt daarna beoordeeld.',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: GezagInvoer } } } },
  responses: {
    200: { description: 'De vertrekmelding', content: { 'application/json': { schema: Vertrekmelding } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
