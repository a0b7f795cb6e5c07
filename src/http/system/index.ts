// Operational routes outside /api/v1: liveness, readiness, metrics, and the public signing keys.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import type { Deps } from '../../deps.ts';
import { problemResponse } from '../problem.ts';

export function registerSystem(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.get('/health/live', (c) => c.json({ status: 'up' }));
  app.get('/health/ready', async (c) => {
    const db = await deps.database.ping();
    if (!db) return problemResponse(503, 'Niet gereed', 'De database is niet bereikbaar.');
    return c.json({ status: 'up', checks: { database: 'up' } });
  });
  app.get('/metrics', (c) => c.text(deps.metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4' }));
  app.get('/.well-known/jwks.json', (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.json(deps.signer.publicJwks());
  });
}
