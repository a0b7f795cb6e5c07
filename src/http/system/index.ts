// Operational routes outside /api/v1: liveness, readiness, metrics, and the public signing keys.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { renderGauge } from '../../metrics.ts';
import type { AppEnv } from '../env.ts';
import { problemResponse } from '../problem.ts';

export function registerSystem(app: OpenAPIHono<AppEnv>) {
  app.get('/health/live', (c) => c.json({ status: 'up' }));
  app.get('/health/ready', async (c) => {
    if (!(await c.var.web.runtime.ctx.db.ping()))
      return problemResponse(503, 'Niet gereed', 'De database is niet bereikbaar.');
    return c.json({ status: 'up', checks: { database: 'up' } });
  });
  app.get('/metrics', async (c) => {
    const { runtime } = c.var.web;
    // Pending jobs come from the database, so they count the work of every worker process, not only this one's.
    const pending = await runtime.runner.pending().then(
      (p) =>
        renderGauge(
          'vertreksignaal_jobs_pending',
          'Jobs due, retrying or running, per queue (not those scheduled for a later date)',
          'queue',
          p,
        ),
      () => '',
    );
    return c.text(runtime.ctx.metrics.render() + pending, 200, { 'content-type': 'text/plain; version=0.0.4' });
  });
  app.get('/.well-known/jwks.json', (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.json(c.var.web.runtime.ctx.signer.publicJwks());
  });
}
