// POST /gebeurtenissen: CloudEvents in, structured (one) or batch mode, only for the sender's municipalities.
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { CloudEventEnvelope, IntakeResult, MAX_BATCH } from '../../../schemas/events.ts';
import { ingestEvents } from '../../app/intake/ingest.ts';
import { allow, authenticate } from '../auth/middleware.ts';
import { jsonBody } from '../body.ts';
import type { AppEnv } from '../env.ts';
import { rateLimit } from '../hardening/rate-limit.ts';
import { badRequest, unsupportedMediaType } from '../problem.ts';
import { apiRoute, errorResponses } from '../route.ts';

const SINGLE = 'application/cloudevents+json';
const BATCH = 'application/cloudevents-batch+json';
const result = { content: { 'application/json': { schema: z.union([IntakeResult, z.array(IntakeResult)]) } } };

export const post = apiRoute({
  method: 'post',
  path: '/gebeurtenissen',
  tags: ['Gebeurtenissen'],
  roles: ['brp-bron'],
  operationId: 'biedGebeurtenissenAan',
  summary: 'BRP-gebeurtenis(sen) aanbieden (CloudEvents 1.0, NL GOV-profiel)',
  description:
    `Alleen voor de eigen gemeenten. Eén gebeurtenis als \`${SINGLE}\` of maximaal ${MAX_BATCH} als \`${BATCH}\`. ` +
    'Duurzaam opgeslagen vóór het antwoord.',
  responses: {
    200: { description: 'Al eerder ontvangen (dubbel)', ...result },
    202: { description: 'Ontvangen', ...result },
    ...errorResponses(400, 401, 403, 409, 413, 415, 429),
  },
});

const documentedBody = {
  required: true,
  content: {
    [SINGLE]: { schema: CloudEventEnvelope },
    [BATCH]: { schema: z.array(CloudEventEnvelope).max(MAX_BATCH) },
  },
};

export function register(app: OpenAPIHono<AppEnv>, perMinute: number) {
  // The body is read by hand (two media types, all-or-nothing validation of a batch); documented here.
  const { middleware: _, ...documented } = post;
  app.openAPIRegistry.registerPath({ ...documented, request: { body: documentedBody } });
  app.post(
    '/gebeurtenissen',
    authenticate,
    allow(['brp-bron']),
    rateLimit(perMinute),
    jsonBody({ mediaTypes: [SINGLE, BATCH] }),
    async (c) => {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (mediaType !== SINGLE && mediaType !== BATCH) throw unsupportedMediaType(`Gebruik ${SINGLE} of ${BATCH}.`);
      const isBatch = mediaType === BATCH;
      if (!(await c.req.text())) throw badRequest([{ name: '(body)', reason: 'ontbreekt' }]);
      // Parsed once, by the body check (jsonBody), and taken from hono's body cache here.
      const events = eventsOf(await c.req.json(), isBatch);
      const results = await ingestEvents(c.var.web.runtime.ctx, c.var.actor, events, isBatch);
      return c.json(isBatch ? results : results[0], results.every((r) => r.status === 'dubbel') ? 200 : 202);
    },
  );
}

/** The events a body holds: in batch mode a JSON array of 1 to MAX_BATCH, else one JSON object. */
function eventsOf(body: unknown, isBatch: boolean): unknown[] {
  return isBatch ? batchOf(body) : [singleOf(body)];
}

function batchOf(body: unknown): unknown[] {
  if (!Array.isArray(body)) throw badRequest([{ name: '(body)', reason: 'moet een JSON-array van CloudEvents zijn' }]);
  if (body.length === 0) throw badRequest([{ name: '(body)', reason: 'mag niet leeg zijn' }]);
  if (body.length > MAX_BATCH)
    throw badRequest([{ name: '(body)', reason: `maximaal ${MAX_BATCH} gebeurtenissen per batch` }]);
  return body;
}

function singleOf(body: unknown): object {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest([{ name: '(body)', reason: 'moet één CloudEvent (JSON-object) zijn' }]);
  }
  return body;
}
