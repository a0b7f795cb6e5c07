import { describe, expect, it } from 'vitest';
import { demoNames, demoPersons, DEMO_SCENARIOS } from './demo-persons.ts';
import { isValidBsn } from '../../src/core/bsn.ts';
import { Persoon } from '../../schemas/brp.ts';

describe('demo persons of the fake BRP', () => {
  it('have valid test BSNs, parse as BRP persons, and are unique', () => {
    const bsns = demoPersons.map((p) => p.burgerservicenummer);
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const p of demoPersons) {
      expect(isValidBsn(p.burgerservicenummer)).toBe(true);
      expect(p.burgerservicenummer.startsWith('9999')).toBe(true);
      expect(Persoon.safeParse(p).success).toBe(true);
    }
  });

  it('cover every scenario with known persons (the unknown child excepted)', () => {
    const known = new Set(demoPersons.map((p) => p.burgerservicenummer));
    for (const s of DEMO_SCENARIOS) {
      expect(known.has(s.childBsn)).toBe(s.key !== 'kind-onbekend');
      if (s.declarantBsn) expect(known.has(s.declarantBsn)).toBe(true);
      for (const b of s.expected.notifiedBsns) expect(known.has(b)).toBe(true);
    }
  });

  it('lists every full name for the log check', () => {
    const names = demoNames();
    for (const p of demoPersons) if (p.naam?.volledigeNaam) expect(names).toContain(p.naam.volledigeNaam);
  });
});
