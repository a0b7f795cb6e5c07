// The Haal Centraal client against an unavailable BRP (the fake server switched off, slowed down, or scripted):
// retries within the budget, Retry-After, lasting outages, closed ports and timeouts, all BrpUnavailableError.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BrpUnavailableError } from '../../src/ports/brp.ts';
import { type FakeBrpServer, startFakeBrpServer } from './fake-server.ts';
import {
  CHILD,
  clientOf,
  errorCollector,
  expectNoPersonalData,
  KEY,
  problem,
  scripted,
} from './http-client.fixture.ts';
import { createHaalCentraalClient, type HaalCentraalOptions } from './http-client.ts';

let server: FakeBrpServer;
/** The rejections; kept, so the last test can check that no message carries a BSN. */
const { errors, caught } = errorCollector();

beforeAll(async () => {
  server = await startFakeBrpServer({ apiKey: KEY });
});
afterAll(() => server.close());
beforeEach(() => {
  server.setAvailable(true);
  server.delayMs = 0;
});

const client = (o: Partial<HaalCentraalOptions> = {}) => clientOf(server, o);
const sentSince = (before: number) => server.requests.slice(before);

describe('an unavailable BRP', () => {
  it('is retried: a 503 and then an answer, within the retry budget', async () => {
    server.setAvailable(false);
    let calls = 0;
    const recovering: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (++calls === 1) server.setAvailable(true); // the BRP is back after the first (refused) attempt
      return res;
    };
    const before = server.requests.length;
    const found = await client({ attempts: 3, fetch: recovering }).personen([CHILD], ['burgerservicenummer']);
    expect(found.map((p) => p.burgerservicenummer)).toEqual([CHILD]);
    expect(sentSince(before).map((r) => r.status)).toEqual([503, 200]);
  });

  it('is retried after a 429 once its Retry-After has passed', async () => {
    const before = server.requests.length;
    const started = Date.now();
    const found = await client({
      fetch: scripted(problem(429, { code: 'tooManyRequests' }, { 'retry-after': '1' })),
    }).personen([CHILD], ['naam']);
    expect(found).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(sentSince(before).map((r) => r.status)).toEqual([200]);
  });

  it('is not hammered when Retry-After is beyond the retry budget: BrpUnavailableError at once', async () => {
    const err = await caught(
      client({
        attempts: 5,
        fetch: scripted(problem(503, { code: 'notAvailable' }, { 'retry-after': '120' })),
      }).personen([CHILD], ['naam']),
    );
    expect(err).toBeInstanceOf(BrpUnavailableError);
    expect(err.message).toMatch(/after 1 attempt/);
  });

  it('ends in BrpUnavailableError after the last attempt of a lasting outage', async () => {
    server.setAvailable(false);
    const before = server.requests.length;
    const err = await caught(client({ attempts: 3 }).personen([CHILD], ['burgerservicenummer']));
    expect(err).toBeInstanceOf(BrpUnavailableError);
    expect(err.message).toMatch(/after 3 attempt\(s\) \(HTTP 503\)/);
    expect(sentSince(before).map((r) => r.status)).toEqual([503, 503, 503]);
  });

  it('is a closed port: BrpUnavailableError', async () => {
    const gone = await startFakeBrpServer();
    await gone.close();
    const err = await caught(
      createHaalCentraalClient({ baseUrl: gone.url, backoffMs: 10, attempts: 2, timeoutMs: 1000 }).personen(
        [CHILD],
        ['burgerservicenummer'],
      ),
    );
    expect(err).toBeInstanceOf(BrpUnavailableError);
    expect(err.message).toMatch(/network error/);
  });

  it('is an answer slower than timeoutMs: BrpUnavailableError', async () => {
    server.delayMs = 500;
    const started = Date.now();
    const err = await caught(client({ timeoutMs: 50, attempts: 2 }).personen([CHILD], ['burgerservicenummer']));
    expect(err).toBeInstanceOf(BrpUnavailableError);
    expect(err.message).toMatch(/timeout/);
    expect(Date.now() - started).toBeLessThan(450);
  });

  it('is a body that stops halfway: the timeout covers reading the answer too', async () => {
    const stalling: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"type":"RaadpleegMetBurgerservicenummer","personen":['); // and never more
    });
    await new Promise<void>((r) => stalling.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}`;
      const err = await caught(
        createHaalCentraalClient({ baseUrl: url, timeoutMs: 100, attempts: 2, backoffMs: 10 }).personen(
          [CHILD],
          ['naam'],
        ),
      );
      expect(err).toBeInstanceOf(BrpUnavailableError);
      expect(err.message).toMatch(/timeout/);
    } finally {
      stalling.closeAllConnections();
      await new Promise((r) => stalling.close(r));
    }
  });
});

describe('error messages', () => {
  it('never hold a 9-digit number (a BSN) nor a demo name', () => {
    expectNoPersonalData(errors, 5);
  });
});
