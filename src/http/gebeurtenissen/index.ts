// POST /gebeurtenissen: CloudEvents in, structured or batch mode.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole } from '../auth/middleware.ts';
import { ApiError, badRequest } from '../problem.ts';
import { ingest } from '../../intake/intake.ts';
import { rateLimit } from '../hardening/rate-limit.ts';
import { MAX_BATCH } from '../../../schemas/events.ts';
import * as routes from './gebeurtenissen.routes.ts';

const SINGLE = 'application/cloudevents+json';
const BATCH = 'application/cloudevents-batch+json';

export function register(app: OpenAPIHono<AppEnv>, perMinute: number) {
  app.openAPIRegistry.registerPath(routes.post);
  app.post('/gebeurtenissen', authenticate, requireRole('brp-bron'), rateLimit(perMinute), async (c) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== SINGLE && mediaType !== BATCH) {
      throw new ApiError(415, 'Niet-ondersteund mediatype', `Gebruik ${SINGLE} of ${BATCH}.`);
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw badRequest([{ name: '(body)', reason: 'geen geldige JSON' }]);
    }
    const isBatch = mediaType === BATCH;
    if (isBatch) {
      if (!Array.isArray(body)) throw badRequest([{ name: '(body)', reason: 'moet een JSON-array van CloudEvents zijn' }]);
      if (body.length === 0) throw badRequest([{ name: '(body)', reason: 'mag niet leeg zijn' }]);
      if (body.length > MAX_BATCH) throw badRequest([{ name: '(body)', reason: `maximaal ${MAX_BATCH} gebeurtenissen per batch` }]);
    } else if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw badRequest([{ name: '(body)', reason: 'moet één CloudEvent (JSON-object) zijn' }]);
    }
    const results = await ingest(c.var.deps, c.var.principal, isBatch ? (body as unknown[]) : [body], isBatch);
    const allDuplicates = results.every((r) => r.status === 'dubbel');
    return c.json(isBatch ? results : results[0], allDuplicates ? 200 : 202);
  });
}
