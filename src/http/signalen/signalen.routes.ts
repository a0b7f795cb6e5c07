import { z } from '@hono/zod-openapi';
import { Cursor, IdParam, statusFilter } from '../../../schemas/api/common.ts';
import { AfsluitenInvoer, Signaal, SignaalLijst, SisVerzoek, SisVerzoekInvoer } from '../../../schemas/api/signals.ts';
import { SIGNAL_STATUSES } from '../../../schemas/domain.ts';
import { apiRoute, errorResponses } from '../route.ts';

const tags: ['Signalen'] = ['Signalen'];
const roles = ['rvdk-iko', 'ca-ika', 'ciko'] as const;
const one = { description: 'Het signaal', content: { 'application/json': { schema: Signaal } } };

export const list = apiRoute({
  method: 'get',
  path: '/signalen',
  tags,
  roles,
  operationId: 'zoekSignalen',
  summary: 'Signalen voor de eigen organisatie, oudste eerst',
  description:
    'Alleen de signalen die aan de organisatie van de aanroeper zijn gericht, met de gegevens die zij nodig heeft.',
  request: { query: z.object({ status: statusFilter(SIGNAL_STATUSES), vanaf: Cursor }) },
  responses: {
    200: { description: 'Signalen', content: { 'application/json': { schema: SignaalLijst } } },
    ...errorResponses(400, 401, 403),
  },
});

export const getOne = apiRoute({
  method: 'get',
  path: '/signalen/{id}',
  tags,
  roles,
  operationId: 'haalSignaal',
  summary: 'Een signaal',
  description: 'Een signaal van de eigen organisatie met de redenen per regel.',
  request: { params: IdParam },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404) },
});

export const start = apiRoute({
  method: 'post',
  path: '/signalen/{id}/in-behandeling',
  tags,
  roles,
  operationId: 'neemSignaalInBehandeling',
  summary: 'Signaal in behandeling nemen',
  description: 'Legt vast wie het signaal oppakt en wanneer.',
  request: { params: IdParam },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404, 409) },
});

export const close = apiRoute({
  method: 'post',
  path: '/signalen/{id}/afsluiten',
  tags,
  roles,
  operationId: 'sluitSignaalAf',
  summary: 'Signaal afsluiten met uitkomst',
  description: 'Sluit het signaal af met een uitkomst uit de gepubliceerde lijst en een toelichting.',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: AfsluitenInvoer } } } },
  responses: { 200: one, ...errorResponses(400, 401, 403, 404, 409) },
});

export const fileSis = apiRoute({
  method: 'post',
  path: '/signalen/{id}/sis-verzoeken',
  tags,
  roles: ['rvdk-iko', 'ca-ika'],
  operationId: 'dienSisVerzoekIn',
  summary: 'Verzoek om een preventieve SIS-signalering (art. 32 lid 1 onder c) aanbieden',
  description:
    'Biedt het verzoek met het kenmerk van de beslissing aan de bevoegde autoriteit aan; die beslist. Alleen bij ' +
    'eigen signalen.',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: SisVerzoekInvoer } } } },
  responses: {
    201: { description: 'Het verzoek', content: { 'application/json': { schema: SisVerzoek } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export const listSis = apiRoute({
  method: 'get',
  path: '/signalen/{id}/sis-verzoeken',
  tags,
  roles: ['rvdk-iko', 'ca-ika'],
  operationId: 'zoekSisVerzoeken',
  summary: 'SIS-verzoeken bij een signaal',
  description: 'De verzoeken bij een eigen signaal, met de laatst bekende status.',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Verzoeken',
      content: { 'application/json': { schema: z.object({ sisVerzoeken: z.array(SisVerzoek) }) } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const returnRequest = apiRoute({
  method: 'get',
  path: '/signalen/{id}/teruggeleidingsverzoek',
  tags,
  roles: ['ca-ika'],
  operationId: 'haalTeruggeleidingsverzoek',
  summary: 'Verzoek tot teruggeleiding (HKOV 1980), vooraf ingevuld',
  description:
    'Een PDF volgens het aanbevolen modelformulier van de HCCH, ingevuld met wat de melding weet; lege velden waar ' +
    'niets bekend is.',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Het verzoek',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});
