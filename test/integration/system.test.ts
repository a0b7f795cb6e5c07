// Public and operational routes: OpenAPI, docs, health, metrics, JWKS, API-Version, problem+json everywhere.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from '../../src/app.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('public routes', () => {
  it('serves an OpenAPI 3.1 document generated from the schemas, CORS open, with every resource', async () => {
    const res = await h.request('GET', '/api/v1/openapi.json', { headers: { origin: 'https://elders.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.json.openapi).toBe('3.1.0');
    expect(res.json.info.version).toBe(res.headers.get('api-version'));
    for (const p of [
      '/gebeurtenissen',
      '/vertrekmeldingen/{id}',
      '/vertrekmeldingen/_zoek',
      '/kennisgevingen',
      '/kennisgevingen/{id}/brief',
      '/kennisgevingen/{id}/verzenden',
      '/signalen',
      '/signalen/{id}/afsluiten',
      '/signalen/{id}/sis-verzoeken',
      '/aandachtsmarkeringen',
      '/aandachtsmarkeringen/{id}',
      '/risicoregels',
      '/logboek',
      '/logboek/_zoek',
    ]) {
      expect(Object.keys(res.json.paths), p).toContain(p);
    }
    expect(JSON.stringify(res.json.paths)).not.toMatch(/burgerservicenummer\}/);
  });

  it('serves the docs page with a locally hosted script', async () => {
    const page = await h.request('GET', '/api/v1/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/api/v1/openapi.json');
  });

  it('answers health, readiness, metrics and the signing keys', async () => {
    expect((await h.request('GET', '/health/live')).json).toEqual({ status: 'up' });
    expect((await h.request('GET', '/health/ready')).json.status).toBe('up');
    await h.request('GET', '/api/v1/kennisgevingen/999990019');
    const metrics = await h.request('GET', '/metrics');
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    // Requests are counted by route pattern, so no id or BSN from a path becomes a label.
    expect(metrics.text).toContain(
      'vertreksignaal_http_requests_total{method="GET",route="/api/v1/kennisgevingen/:id",status="401"} 1',
    );
    expect(metrics.text).not.toMatch(/\d{9}/);
    const jwks = await h.request('GET', '/.well-known/jwks.json');
    expect(jwks.json.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.json.keys[0].d).toBeUndefined();
  });

  it('answers unknown paths and trailing slashes with a problem+json 404 carrying API-Version', async () => {
    for (const path of ['/api/v1/bestaat-niet', '/api/v1/risicoregels/']) {
      const res = await h.request('GET', path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('api-version')).toBe(API_VERSION);
    }
  });

  it('answers an invalid id with 400 naming the parameter', async () => {
    const res = await h.request('GET', '/api/v1/vertrekmeldingen/niet-een-uuid', {
      token: await h.token('gemeente', ['0363']),
    });
    expect(res.status).toBe(400);
    expect(res.json.invalidParams[0].name).toBe('id');
  });
});
