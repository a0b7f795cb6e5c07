// Strict input through HTTP: generated malformed events and bodies get a problem answer and store nothing.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CE, CE_BATCH, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('strict input', () => {
  it('answers only 400, 413 or 415 to 10,000 generated malformed events, and stores nothing', async () => {
    const before = { n: await h.count('events') };
    const token = await h.token('brp-bron', ['0363'], 'fuzzer');
    const valid = emigration({ childBsn: '999990378', declarantBsn: '999990007' }) as Record<string, any>;
    const mutation = fc.oneof(
      fc.anything().map((v) => v),
      fc
        .record({
          key: fc.constantFrom('specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'data'),
          value: fc.anything(),
        })
        .map(({ key, value }) => ({ ...valid, [key]: value })),
      fc
        .record({
          key: fc.constantFrom(
            'burgerservicenummer',
            'datumAanvangAdresBuitenland',
            'verblijfadres',
            'gemeenteVanInschrijving',
            'aangifte',
          ),
          value: fc.anything(),
        })
        .map(({ key, value }) => ({ ...valid, data: { ...valid.data, [key]: value } })),
      fc.string().map((bsn) => ({ ...valid, data: { ...valid.data, burgerservicenummer: bsn } })),
    );
    const answers = new Set<number>();
    let n = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom(CE, CE_BATCH, 'text/plain'), async (body, type) => {
        n++;
        // Rebuild a valid-looking event only when the mutation did not already break it.
        const raw = type === CE_BATCH ? JSON.stringify([body]) : (JSON.stringify(body) ?? 'undefined');
        const res = await h.app.request('/api/v1/gebeurtenissen', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': type },
          body: raw,
        });
        answers.add(res.status);
        // A mutation can leave an event valid (e.g. a new string id): then it is accepted, and counted.
        if (res.status === 202) accepted += 1;
        const ok = [400, 413, 415, 200, 202, 409].includes(res.status);
        if (!ok) throw new Error(`answered ${res.status} to ${raw.slice(0, 200)}`);
      }),
      { numRuns: 10_000 },
    );
    expect(n).toBeGreaterThanOrEqual(10_000);
    expect([...answers].every((s) => s < 500)).toBe(true);
    expect(answers.has(400)).toBe(true);
    // Rejected events leave nothing behind: the only new rows are the accepted ones.
    const after = { n: await h.count('events') };
    expect(Number(after.n) - Number(before.n)).toBe(accepted);
    expect(accepted).toBeLessThan(n / 10);
  }, 120_000);

  it('refuses bodies over the size limit with 413 and non-JSON bodies with 415', async () => {
    const token = await h.token('gemeente', ['0363']);
    const huge = 'x'.repeat(3 * 1024 * 1024);
    expect(
      (
        await h.request('POST', '/api/v1/vertrekmeldingen/_zoek', {
          token,
          raw: JSON.stringify({ burgerservicenummer: huge }),
        })
      ).status,
    ).toBe(413);
    expect(
      (
        await h.request('POST', '/api/v1/vertrekmeldingen/_zoek', {
          token,
          raw: 'burgerservicenummer=999990378',
          contentType: 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(415);
  });

  it('limits the intake rate per source with 429 and Retry-After', async () => {
    const limitedHarness = await createHarness({ env: { INTAKE_RATE_PER_MINUTE: '100' } });
    const token = await limitedHarness.token('brp-bron', ['0363'], 'snelle-bron');
    const ignored = (i: number) => ({
      specversion: '1.0',
      id: `rl-${i}`,
      source: 'urn:nld:oin:1:systeem:brp',
      type: 'nl.brp.iets.anders',
      time: '2026-11-23T09:00:00Z',
      datacontenttype: 'application/json',
      data: {},
    });
    let limited: { status: number; headers: Headers } | null = null;
    for (let i = 0; i < 200 && !limited; i++) {
      const res = await limitedHarness.request('POST', '/api/v1/gebeurtenissen', {
        token,
        body: ignored(i),
        contentType: CE,
      });
      if (res.status === 429) limited = res;
    }
    const other = await limitedHarness.request('POST', '/api/v1/gebeurtenissen', {
      token: await limitedHarness.token('brp-bron', ['0363'], 'andere-bron'),
      body: ignored(999),
      contentType: CE,
    });
    await limitedHarness.close();
    expect(other.status).toBe(202);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('sends secure headers', async () => {
    const res = await h.request('GET', '/api/v1/risicoregels');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
  });
});
