import { createRoute, z } from '@hono/zod-openapi';
import { IdParam, RedenInvoer } from '../../../schemas/api.ts';
import { Cursor } from '../pagination.ts';
import { errorResponses } from '../openapi-common.ts';

const tags = ['Kennisgevingen'];
const security = [{ bearer: [] }];
export const NOTIFICATION_STATUSES = ['te-beoordelen', 'aangehouden', 'verzonden', 'bezorgd', 'mislukt', 'geannuleerd'] as const;

export const Kennisgeving = z
  .object({
    id: z.string(),
    vertrekmelding: z.string(),
    gemeente: z.object({ code: z.string(), omschrijving: z.string().optional() }),
    status: z.enum(NOTIFICATION_STATUSES),
    kenmerk: z.string(),
    ontvanger: z.object({ burgerservicenummer: z.string().nullable(), naam: z.string().optional(), adres: z.object({ adresregels: z.array(z.string()), land: z.string().optional() }).nullable().optional() }),
    aanhoudredenen: z.array(z.string()),
    uiterlijkBeoordeeldOp: z.string(),
    termijnVerstreken: z.boolean(),
    kanaal: z.string().nullable(),
    laatsteFout: z.string().nullable(),
    historie: z.array(z.object({ status: z.string(), op: z.string(), door: z.string(), reden: z.string().optional() })),
    vervolgbrieven: z.array(z.object({ soort: z.string(), op: z.string(), status: z.string() })),
    tekst: z.array(z.string()).optional(),
  })
  .openapi('Kennisgeving');

export const list = createRoute({
  method: 'get', path: '/kennisgevingen', tags, security,
  summary: 'Werkvoorraad van kennisgevingen van de eigen gemeente(n), oudste eerst',
  request: { query: z.object({ status: z.enum(NOTIFICATION_STATUSES).optional(), vanaf: Cursor }) },
  responses: { 200: { description: 'Kennisgevingen', content: { 'application/json': { schema: z.object({ kennisgevingen: z.array(Kennisgeving), volgende: z.string().optional() }) } } }, ...errorResponses(400, 401, 403) },
});

export const getOne = createRoute({
  method: 'get', path: '/kennisgevingen/{id}', tags, security,
  summary: 'Een kennisgeving met ontvanger, eigen adres en de tekst die verzonden wordt',
  request: { params: IdParam },
  responses: { 200: { description: 'De kennisgeving', content: { 'application/json': { schema: Kennisgeving } } }, ...errorResponses(400, 401, 403, 404) },
});

export const letter = createRoute({
  method: 'get', path: '/kennisgevingen/{id}/brief', tags, security,
  summary: 'De brief (PDF) aan de ontvanger',
  request: { params: IdParam },
  responses: { 200: { description: 'De brief', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses(400, 401, 403, 404, 409) },
});

const actionResponses = { 200: { description: 'De bijgewerkte kennisgeving', content: { 'application/json': { schema: Kennisgeving } } }, ...errorResponses(400, 401, 403, 404, 409) };
const reasonBody = { required: true, content: { 'application/json': { schema: RedenInvoer } } };

export const send = createRoute({ method: 'post', path: '/kennisgevingen/{id}/verzenden', tags, security, summary: 'Verzenden na beoordeling door de ambtenaar burgerzaken', request: { params: IdParam }, responses: actionResponses });
export const hold = createRoute({ method: 'post', path: '/kennisgevingen/{id}/aanhouden', tags, security, summary: 'Aanhouden (veiligheid), met reden', request: { params: IdParam, body: reasonBody }, responses: actionResponses });
export const cancel = createRoute({ method: 'post', path: '/kennisgevingen/{id}/annuleren', tags, security, summary: 'Annuleren, met reden', request: { params: IdParam, body: reasonBody }, responses: actionResponses });
