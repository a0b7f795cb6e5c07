import { OpenAPIHono, type RouteHandler, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { documentedRoute } from './documented-route.ts';

const route = documentedRoute({
  method: 'get',
  path: '/gebouwen/{id}',
  operationId: 'haalGebouw',
  summary: 'Een gebouw',
  description: 'Een gebouw met zijn adres.',
  tags: ['Gebouwen'],
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: { description: 'Het gebouw', content: { 'application/json': { schema: z.object({ id: z.string() }) } } },
  },
});

// Compile-time check, enforced by `npm run typecheck`: a route without operationId and description is refused.
function _undocumentedRouteDoesNotCompile() {
  // @ts-expect-error operationId and description are missing
  return documentedRoute({ method: 'get', path: '/x', summary: 's', tags: ['T'], responses: {} });
}

// The handler is typed from the route: `id` is a string, and the body must match the 200 schema.
const handler: RouteHandler<typeof route> = (c) => c.json({ id: c.req.valid('param').id }, 200);

describe('documentedRoute', () => {
  it('puts the operationId, summary, description and tags in the document and keeps the route working', async () => {
    const app = new OpenAPIHono().openapi(route, handler);
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1.0.0' } });
    expect(doc.paths?.['/gebouwen/{id}']?.get).toMatchObject({
      operationId: 'haalGebouw',
      summary: 'Een gebouw',
      description: 'Een gebouw met zijn adres.',
      tags: ['Gebouwen'],
    });
    const res = await app.request('/gebouwen/42');
    expect(await res.json()).toEqual({ id: '42' });
  });
});
