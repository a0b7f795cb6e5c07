// Test-only: what the Haal Centraal client's tests (http-client.test.ts, http-client-outage.test.ts) share: a client
// for the fake BRP server, scripted answers, and the errors they caught, which must never carry a BSN or a name.
import { expect } from 'vitest';
import type { FakeBrpServer } from './fake-server.ts';
import { createHaalCentraalClient, type HaalCentraalOptions } from './http-client.ts';

export const KEY = 'test-key';
export const CHILD = '999990378'; // no geheimhouding

/** A client of `server` with the key, short back-off and a one-second timeout. */
export const clientOf = (server: FakeBrpServer, o: Partial<HaalCentraalOptions> = {}) =>
  createHaalCentraalClient({ baseUrl: server.url, apiKey: KEY, backoffMs: 10, timeoutMs: 1000, ...o });

/** `caught(p)` is the rejection of p; every one is kept in `errors`, for `expectNoPersonalData`. */
export function errorCollector() {
  const errors: Error[] = [];
  const caught = async (p: Promise<unknown>): Promise<Error> => {
    const err = await p.then(
      () => new Error('expected a rejection'),
      (e: Error) => e,
    );
    errors.push(err);
    return err;
  };
  return { errors, caught };
}

/** A fetch that answers from `answers` in turn, then passes through to the fake server. */
export const scripted =
  (...answers: (() => Response)[]): typeof fetch =>
  async (input, init) => {
    const next = answers.shift();
    return next ? next() : fetch(input, init);
  };

export const problem =
  (status: number, body: object, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify({ status, ...body }), {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    });

/** At least `atLeast` errors were caught, and none holds a 9-digit number (a BSN) or a demo name. */
export function expectNoPersonalData(errors: Error[], atLeast: number): void {
  expect(errors.length).toBeGreaterThanOrEqual(atLeast);
  for (const e of errors) {
    const text = `${e.name}: ${e.message}`;
    expect(text).not.toMatch(/\d{9}/);
    expect(text).not.toMatch(/Jansen|Dekker/);
  }
}
