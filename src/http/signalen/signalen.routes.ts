import { createRoute, z } from '@hono/zod-openapi';
import { IdParam } from '../../../schemas/api.ts';
import { Cursor } from '../pagination.ts';
import { errorResponses } from '../openapi-common.ts';
import { SIS_STATUSES } from '../../ports/sis.ts';

const tags = ['Signalen'];
const security = [{ bearer: [] }];

export const Signaal = z
  .object({
    id: z.string(),
    ontvanger: z.enum(['ca-ika', 'rvdk-iko', 'ciko']),
    niveau: z.string(),
    status: z.enum(['nieuw', 'in-behandeling', 'afgesloten']),
    aangemaaktOp: z.string(),
    uiterlijkOppakkenOp: z.string(),
    termijnVerstreken: z.boolean(),
    aflevering: z.object({ status: z.enum(['niet-geconfigureerd', 'in-afwachting', 'afgeleverd', 'dead-letter']), pogingen: z.number() }),
    gegevens: z.record(z.string(), z.unknown()),
    afhandeling: z.record(z.string(), z.unknown()).nullable(),
    wijzigingen: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('Signaal');

export const AfsluitenInvoer = z
  .object({ uitkomst: z.string().trim().min(2).max(200), toelichting: z.string().trim().max(2000).optional() })
  .strict()
  .openapi('SignaalAfsluiten');

export const SisVerzoekInvoer = z
  .object({
    beslissingskenmerk: z.string().trim().min(3, 'een SIS-verzoek vereist het kenmerk van de beslissing').max(200),
    rechtsgrond: z.literal('art-32-1-c', { error: 'alleen art. 32 lid 1 onder c van Verordening (EU) 2018/1862' }).default('art-32-1-c'),
    reisdocumenten: z.array(z.object({ soort: z.string().min(1).max(50), nummer: z.string().min(1).max(50) })).max(10).optional(),
    motivering: z.string().trim().min(10, 'motiveer het verzoek (minimaal 10 tekens)').max(4000),
  })
  .strict()
  .openapi('SisVerzoekInvoer');

export const SisVerzoek = z
  .object({ id: z.string(), signaal: z.string(), status: z.enum(SIS_STATUSES), beslissingskenmerk: z.string(), rechtsgrond: z.string(), herbeoordelingOp: z.string(), aangemaaktOp: z.string(), historie: z.array(z.record(z.string(), z.unknown())) })
  .openapi('SisVerzoek');

export const list = createRoute({
  method: 'get', path: '/signalen', tags, security, summary: 'Signalen voor de eigen organisatie, oudste eerst',
  request: { query: z.object({ status: z.enum(['nieuw', 'in-behandeling', 'afgesloten']).optional(), vanaf: Cursor }) },
  responses: { 200: { description: 'Signalen', content: { 'application/json': { schema: z.object({ signalen: z.array(Signaal), volgende: z.string().optional() }) } } }, ...errorResponses(400, 401, 403) },
});
export const getOne = createRoute({
  method: 'get', path: '/signalen/{id}', tags, security, summary: 'Een signaal',
  request: { params: IdParam },
  responses: { 200: { description: 'Het signaal', content: { 'application/json': { schema: Signaal } } }, ...errorResponses(400, 401, 403, 404) },
});
export const start = createRoute({
  method: 'post', path: '/signalen/{id}/in-behandeling', tags, security, summary: 'Signaal in behandeling nemen',
  request: { params: IdParam },
  responses: { 200: { description: 'Het signaal', content: { 'application/json': { schema: Signaal } } }, ...errorResponses(400, 401, 403, 404, 409) },
});
export const close = createRoute({
  method: 'post', path: '/signalen/{id}/afsluiten', tags, security, summary: 'Signaal afsluiten met uitkomst',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: AfsluitenInvoer } } } },
  responses: { 200: { description: 'Het signaal', content: { 'application/json': { schema: Signaal } } }, ...errorResponses(400, 401, 403, 404, 409) },
});
export const fileSis = createRoute({
  method: 'post', path: '/signalen/{id}/sis-verzoeken', tags, security,
  summary: 'Verzoek om een preventieve SIS-signalering (art. 32 lid 1 onder c) overdragen aan de bevoegde autoriteit (alleen RvdK IKO)',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: SisVerzoekInvoer } } } },
  responses: { 201: { description: 'Het verzoek', content: { 'application/json': { schema: SisVerzoek } } }, ...errorResponses(400, 401, 403, 404, 409) },
});
export const listSis = createRoute({
  method: 'get', path: '/signalen/{id}/sis-verzoeken', tags, security, summary: 'SIS-verzoeken bij een signaal, met actuele status',
  request: { params: IdParam },
  responses: { 200: { description: 'Verzoeken', content: { 'application/json': { schema: z.object({ sisVerzoeken: z.array(SisVerzoek) }) } } }, ...errorResponses(400, 401, 403, 404) },
});
