// Every demo scenario posted as a CloudEvent through the API yields the status, reason and notifications
// the contract requires (§5, §7). Real SQLite file, fake BRP with the demo persons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { CE, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
let gemeente: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  h = await createHarness();
  const municipalities = [...new Set(DEMO_SCENARIOS.map((s) => s.municipalityCode))];
  const brp = await h.token('brp-bron', municipalities);
  gemeente = await h.token('gemeente', municipalities);
  for (const s of DEMO_SCENARIOS) {
    const res = await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: emigration({
        id: `scenario-${s.key}`,
        childBsn: s.childBsn,
        declarantBsn: s.declarantBsn,
        coSignerBsns: s.coSignerBsns,
        writtenConsent: s.writtenConsent,
        date: s.departureDate,
        countryCode: s.countryCode,
        municipality: s.municipalityCode,
      }),
    });
    expect(res.status).toBe(202);
    ids.set(s.key, res.json.id);
  }
  await h.drain();
});
afterAll(() => h.close());

describe('demo scenarios through the HTTP API', () => {
  for (const s of DEMO_SCENARIOS) {
    it(`${s.key}: ${s.expected.status} (${s.expected.reden})`, async () => {
      const res = await h.request('GET', `/api/v1/vertrekmeldingen/${ids.get(s.key)}`, { token: gemeente });
      expect(res.status).toBe(200);
      const c = res.json;
      expect(c.kind.burgerservicenummer).toBe(s.childBsn);
      expect(c.beoordeling.reden).toBe(s.expected.reden);
      expect(c.status).toBe(s.expected.status);
      expect(c.beoordeling.vanToepassing).toBe(
        s.expected.reden === 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken',
      );
      const notified = c.kennisgevingen
        .map((k: { ontvanger: { burgerservicenummer: string } }) => k.ontvanger.burgerservicenummer)
        .sort();
      expect(notified).toEqual([...s.expected.notifiedBsns].sort());
      // Never the declarant nor a co-signer.
      if (s.declarantBsn) expect(notified).not.toContain(s.declarantBsn);
      for (const co of s.coSignerBsns ?? []) expect(notified).not.toContain(co);
      const statuses = c.kennisgevingen.map((k: { status: string }) => k.status);
      if (s.expected.heldForSafety) expect(statuses.every((st: string) => st === 'aangehouden')).toBe(true);
      expect(c.risico?.regelsetVersie ?? null).not.toBeUndefined();
    });
  }
});
