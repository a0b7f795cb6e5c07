// The synthetic register: BSNs that encode family and member, persons built on demand as the BRP returns them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Persoon } from '../../schemas/brp.ts';
import { isValidBsn } from '../../src/core/bsn.ts';
import { interpretCustody } from '../../src/core/custody.ts';
import { demoPersons } from './demo-persons.ts';
import { createFakeBrp } from './fake.ts';
import {
  childCountOf,
  FAMILY_KINDS,
  kindOf,
  parseSyntheticBsn,
  ROLES,
  SYNTHETIC_FAMILIES,
  syntheticBsn,
  syntheticFamily,
  syntheticFamilyPersons,
  syntheticPerson,
} from './synthetic-persons.ts';

const family = fc.integer({ min: 0, max: SYNTHETIC_FAMILIES - 1 });
const role = fc.constantFrom(...ROLES);

describe('synthetic BSNs', () => {
  it('are valid, start with 7 and name their family and member', () => {
    fc.assert(
      fc.property(family, role, (f, r) => {
        const bsn = syntheticBsn(f, r);
        expect(isValidBsn(bsn)).toBe(true);
        expect(bsn[0]).toBe('7');
        expect(parseSyntheticBsn(bsn)).toEqual({ family: f, role: r });
      }),
    );
  });

  it('give each member exactly one number: the other eighth digit of the same member, made valid, is nobody', () => {
    const withCheck = (eight: string) => {
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += (9 - i) * Number(eight[i]);
      return sum % 11 < 10 ? `${eight}${sum % 11}` : undefined;
    };
    fc.assert(
      fc.property(family, role, (f, r) => {
        const bsn = syntheticBsn(f, r);
        const d8 = Number(bsn[7]);
        const twin = withCheck(`${bsn.slice(0, 7)}${d8 % 2 ? d8 - 1 : d8 + 1}`);
        if (twin) expect(parseSyntheticBsn(twin)).toBeUndefined();
        expect(parseSyntheticBsn(`${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`)).toBeUndefined();
      }),
    );
  });

  it('do not overlap the demo register', () => {
    for (const p of demoPersons) expect(parseSyntheticBsn(p.burgerservicenummer)).toBeUndefined();
  });

  it('refuse a family number outside the range', () => {
    expect(() => syntheticBsn(SYNTHETIC_FAMILIES, 'child1')).toThrow(RangeError);
    expect(() => syntheticBsn(-1, 'child1')).toThrow(RangeError);
  });
});

describe('synthetic families', () => {
  it('are persons as the BRP returns them, the same on every call', () => {
    fc.assert(
      fc.property(family, (f) => {
        const persons = syntheticFamilyPersons(f);
        for (const p of persons) expect(Persoon.safeParse(p).success).toBe(true);
        expect(syntheticFamilyPersons(f)).toEqual(persons);
      }),
      { numRuns: 200 },
    );
  });

  it('give each child a custody that names only persons the register knows, or no custody for an adult', () => {
    fc.assert(
      fc.property(family, (f) => {
        const fam = syntheticFamily(f);
        for (const bsn of fam.children) {
          const child = syntheticPerson(bsn)!;
          const custody = interpretCustody(child.gezag, bsn);
          if (fam.kind === 'adult') expect(child.gezag).toBeUndefined();
          else if (fam.kind === 'undeterminable') expect(custody.kind).toBe('unknown');
          else {
            expect(custody.kind).toBe('held');
            if (custody.kind === 'held')
              for (const h of custody.holders) expect(syntheticPerson(h.burgerservicenummer ?? '')).toBeDefined();
          }
        }
        expect(syntheticPerson(fam.declarant)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('are mostly minors in joint custody, with the other kinds and some pairs of siblings among them', () => {
    const n = 20_000;
    const counts = Object.fromEntries(FAMILY_KINDS.map((k) => [k, 0]));
    let pairs = 0;
    for (let f = 0; f < n; f++) {
      counts[kindOf(f)]++;
      if (childCountOf(f) === 2) pairs++;
    }
    expect(counts.joint / n).toBeGreaterThan(0.66);
    expect(counts.joint / n).toBeLessThan(0.74);
    for (const k of FAMILY_KINDS) expect(counts[k]).toBeGreaterThan(0);
    expect(pairs / n).toBeGreaterThan(0.08);
    expect(pairs / n).toBeLessThan(0.14);
  });

  it('are known to the demo fake BRP, but not to one given its own persons', async () => {
    const bsn = syntheticFamily(42).children[0];
    expect(await createFakeBrp().personen([bsn], ['naam'])).toHaveLength(1);
    expect(await createFakeBrp([]).personen([bsn], ['naam'])).toEqual([]);
  });
});
