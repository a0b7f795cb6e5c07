import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHaalCentraalClient, BrpRequestError } from './http-client.ts';
import { startFakeBrpServer, type FakeBrpServer } from './fake-server.ts';
import { BrpUnavailableError, CHILD_FIELDS } from '../../src/ports/brp.ts';
import { demoPersons } from './demo-persons.ts';

let server: FakeBrpServer;
const KEY = 'test-key';
beforeAll(async () => {
  server = await startFakeBrpServer({ apiKey: KEY });
});
afterAll(() => server.close());

const client = (o: Partial<Parameters<typeof createHaalCentraalClient>[0]> = {}) => createHaalCentraalClient({ baseUrl: server.url, apiKey: KEY, backoffMs: 5, timeoutMs: 500, ...o });
const CHILD = '999990378';

describe('Haal Centraal BRP Personen client', () => {
  it('asks RaadpleegMetBurgerservicenummer with fields and X-API-KEY, and gets only those fields', async () => {
    const [p] = await client().personen([CHILD], ['burgerservicenummer', 'gezag']);
    expect(Object.keys(p).sort()).toEqual(['burgerservicenummer', 'gezag']);
    const last = server.requests.at(-1)!;
    expect(last.apiKey).toBe(KEY);
    expect(last.body).toEqual({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [CHILD], fields: ['burgerservicenummer', 'gezag'] });
  });

  it('sends at most 20 BSNs per request', async () => {
    const bsns = demoPersons.map((p) => p.burgerservicenummer);
    const before = server.requests.length;
    const found = await client().personen(bsns, CHILD_FIELDS);
    expect(found).toHaveLength(bsns.length);
    const sent = server.requests.slice(before).map((r) => (r.body as { burgerservicenummer: string[] }).burgerservicenummer.length);
    expect(sent.every((n) => n <= 20)).toBe(true);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(bsns.length);
  });

  it('rides out a short outage within its retry budget', async () => {
    server.setAvailable(false);
    setTimeout(() => server.setAvailable(true), 15);
    const found = await client({ attempts: 5, backoffMs: 20 }).personen([CHILD], ['burgerservicenummer']);
    expect(found).toHaveLength(1);
  });

  it('reports a longer outage, a closed port and a timeout as BrpUnavailableError', async () => {
    server.setAvailable(false);
    await expect(client().personen([CHILD], ['burgerservicenummer'])).rejects.toBeInstanceOf(BrpUnavailableError);
    server.setAvailable(true);
    await expect(createHaalCentraalClient({ baseUrl: 'http://127.0.0.1:9', backoffMs: 1 }).personen([CHILD], ['burgerservicenummer'])).rejects.toBeInstanceOf(BrpUnavailableError);
    server.delayMs = 200;
    await expect(client({ timeoutMs: 50, attempts: 2 }).personen([CHILD], ['burgerservicenummer'])).rejects.toBeInstanceOf(BrpUnavailableError);
    server.delayMs = 0;
  });

  it('reports a refused key as BrpRequestError, never with a BSN in the message', async () => {
    const err = await client({ apiKey: 'wrong' }).personen([CHILD], ['burgerservicenummer']).catch((e) => e);
    expect(err).toBeInstanceOf(BrpRequestError);
    expect(String(err.message)).not.toMatch(/\d{9}/);
  });

  it('rejects an answer that does not match the spec', async () => {
    const bad = createHaalCentraalClient({ baseUrl: 'http://x', fetch: async () => new Response(JSON.stringify({ personen: [{ naam: 1 }] }), { status: 200 }) });
    await expect(bad.personen([CHILD], ['naam'])).rejects.toBeInstanceOf(BrpRequestError);
  });
});
