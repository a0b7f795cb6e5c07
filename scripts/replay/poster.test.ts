// The replay's poster against a small stand-in for the intake endpoint: tallies, waits on 429, isolates refusals.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BATCH_TYPE, postBatches, SINGLE_TYPE } from './poster.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** Answers like the service: an event whose id starts with "bad" is refused (400), "dup" is a redelivery. */
async function standIn(o: { throttleFirst?: number } = {}) {
  const seen = { batches: 0, singles: 0, throttled: 0, inFlight: 0, maxInFlight: 0 };
  let throttle = o.throttleFirst ?? 0;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      seen.inFlight++;
      seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
      await new Promise((r) => setTimeout(r, 20));
      seen.inFlight--;
      if (throttle-- > 0) {
        seen.throttled++;
        return res
          .writeHead(429, { 'retry-after': '1', 'content-type': 'application/problem+json' })
          .end('{"title":"Te veel verzoeken"}');
      }
      const batch = req.headers['content-type'] === BATCH_TYPE;
      if (batch) seen.batches++;
      else if (req.headers['content-type'] === SINGLE_TYPE) seen.singles++;
      let events: { id: string }[];
      try {
        const parsed = JSON.parse(body);
        events = batch ? parsed : [parsed];
      } catch {
        return res.writeHead(400, { 'content-type': 'application/problem+json' }).end('{"title":"Ongeldige invoer"}');
      }
      if (events.some((e) => e.id.startsWith('bad')))
        return res.writeHead(400, { 'content-type': 'application/problem+json' }).end('{"title":"Ongeldige invoer"}');
      const results = events.map((e) => ({
        id: `case-${e.id}`,
        status: e.id.startsWith('dup') ? 'dubbel' : 'ontvangen',
      }));
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(batch ? results : results[0]));
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

async function* batchesOf(ids: string[], size: number) {
  for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size).map((id) => JSON.stringify({ id }));
}

describe('replay poster', () => {
  it('counts accepted and duplicate events and keeps at most the given number of batches in flight', async () => {
    const { url, seen } = await standIn();
    const ids = Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? `dup-${i}` : `e-${i}`));
    const t = await postBatches({ url, token: 't', inFlight: 4 }, batchesOf(ids, 100));
    expect(t).toMatchObject({ posted: 1000, accepted: 900, duplicate: 100, refused: 0, retries: 0 });
    expect(t.ids.size).toBe(900);
    expect(seen.maxInFlight).toBeLessThanOrEqual(4);
    expect(seen.maxInFlight).toBeGreaterThan(1);
  });

  it('posts a refused batch again one event at a time, so only the bad event is refused', async () => {
    const { url, seen } = await standIn();
    const ids = Array.from({ length: 200 }, (_, i) => (i === 150 ? 'bad-150' : `e-${i}`));
    const t = await postBatches({ url, token: 't', inFlight: 2 }, batchesOf(ids, 100));
    expect(t).toMatchObject({ posted: 200, accepted: 199, refused: 1, reasons: { '400 Ongeldige invoer': 1 } });
    expect(seen.singles).toBe(100);
  });

  it('waits as long as Retry-After says when throttled, and loses nothing', async () => {
    const { url, seen } = await standIn({ throttleFirst: 2 });
    const started = Date.now();
    const t = await postBatches({ url, token: 't', inFlight: 1 }, batchesOf(['a', 'b', 'c'], 2));
    expect(t).toMatchObject({ posted: 3, accepted: 3, refused: 0, retries: 2, retryReasons: { '429': 2 } });
    expect(seen.throttled).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  });

  it('counts a service that never answers as refused, after retrying', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const t = await postBatches(
      { url: `http://127.0.0.1:${port}`, token: 't', inFlight: 1, retry: { attempts: 3, baseMs: 10 } },
      batchesOf(['a'], 1),
    );
    expect(t).toMatchObject({ posted: 1, refused: 1, retries: 2, reasons: { 'no answer': 1 } });
    expect(Object.keys(t.retryReasons)).toEqual(['ECONNREFUSED']);
  });
});
