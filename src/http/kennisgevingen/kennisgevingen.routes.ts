import { z } from '@hono/zod-openapi';
import { Cursor, IdParam, RedenInvoer, statusFilter } from '../../../schemas/api/common.ts';
import { Kennisgeving, KennisgevingLijst, ReactieInvoer } from '../../../schemas/api/notifications.ts';
import { NOTIFICATION_STATUSES } from '../../../schemas/domain.ts';
import { apiRoute, errorResponses } from '../route.ts';

const tags: ['Kennisgevingen'] = ['Kennisgevingen'];
const roles = ['gemeente'] as const;
const one = { description: 'De kennisgeving', content: { 'application/json': { schema: Kennisgeving } } };
const reasonBody = { required: true, content: { 'application/json': { schema: RedenInvoer } } };

export const list = apiRoute({
  method: 'get',
  path: '/kennisgevingen',
  tags,
  roles,
  operationId: 'zoekKennisgevingen',
  summary: 'Werkvoorraad van kennisgevingen van de eigen gemeente(n), oudste eerst',
  description:
    'Kennisgevingen aan gezaghouders die niet bij de aangifte betrokken waren, gefilterd op status, per pagina van ' +
    '100.',
  request: { query: z.object({ status: statusFilter(NOTIFICATION_STATUSES), vanaf: Cursor }) },
  responses: {
    200: { description: 'Kennisgevingen', content: { 'application/json': { schema: KennisgevingLijst } } },
    ...errorResponses(400, 401, 403),
  },
});

export const getOne = apiRoute({
  method: 'get',
  path: '/kennisgevingen/{id}',
  tags,
  roles,
  operationId: 'haalKennisgeving',
  summary: 'Een kennisgeving met ontvanger, eigen adres en de tekst die verzonden wordt',
  description: 'De kennisgeving zoals de ambtenaar die beoordeelt, met de tekst van de brief.',
  request: { params: IdParam },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404) },
});

export const letter = apiRoute({
  method: 'get',
  path: '/kennisgevingen/{id}/brief',
  tags,
  roles,
  operationId: 'haalBrief',
  summary: 'De brief (PDF) aan de ontvanger',
  description: 'De brief als toegankelijke PDF (PDF/UA), precies zoals hij verzonden wordt.',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'De brief',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export const send = apiRoute({
  method: 'post',
  path: '/kennisgevingen/{id}/verzenden',
  tags,
  roles,
  operationId: 'verzendKennisgeving',
  summary: 'Verzenden na beoordeling',
  description: 'Verzendt de brief via de Berichtenbox of per post.',
  request: { params: IdParam },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404, 409) },
});
export const hold = apiRoute({
  method: 'post',
  path: '/kennisgevingen/{id}/aanhouden',
  tags,
  roles,
  operationId: 'houdKennisgevingAan',
  summary: 'Aanhouden (veiligheid), met reden',
  description: 'Houdt de kennisgeving aan, bijvoorbeeld als verzenden iemand in gevaar kan brengen.',
  request: { params: IdParam, body: reasonBody },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404, 409) },
});
export const cancel = apiRoute({
  method: 'post',
  path: '/kennisgevingen/{id}/annuleren',
  tags,
  roles,
  operationId: 'annuleerKennisgeving',
  summary: 'Annuleren, met reden',
  description: 'Annuleert de kennisgeving; zij wordt niet verzonden.',
  request: { params: IdParam, body: reasonBody },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404, 409) },
});

export const reaction = apiRoute({
  method: 'post',
  path: '/kennisgevingen/{id}/reactie',
  tags,
  roles,
  operationId: 'legReactieVast',
  summary: 'De reactie van de andere gezaghouder vastleggen',
  description:
    'Na verzending: wat de andere gezaghouder antwoordde. De vertrekmelding wordt opnieuw beoordeeld volgens de ' +
    'gepubliceerde regels.',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: ReactieInvoer } } } },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404, 409) },
});
