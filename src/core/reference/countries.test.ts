// The country and HKOV reference data: complete against Tabel 34, in step with its generated module, and right for
// the states whose status is well sourced (see hague1980.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvLine } from '../../../scripts/gen-municipalities.ts';
import { GENERATED_PATH, generate, read } from '../../../scripts/gen-reference.ts';
import { HAGUE_1980 } from './countries.generated.ts';
import {
  countryName,
  HAGUE_SOURCE,
  HAGUE_STATUSES,
  hagueStatus,
  isHagueBound,
  isKnownCountryCode,
} from './countries.ts';

const sources = read();
const rows = (csv: string) => csv.trim().split(/\r?\n/).slice(1).map(parseCsvLine);
const tabel34 = rows(sources.tabel34);
const hague = rows(sources.hague);
const currentCodes = tabel34.filter(([, , , einde]) => !einde).map(([code]) => code);

describe('hague1980.csv against BRP Tabel 34', () => {
  it('has exactly one row for every current Tabel 34 code, and none for other codes', () => {
    const hagueCodes = hague.map(([code]) => code);
    expect(new Set(hagueCodes).size).toBe(hagueCodes.length);
    expect([...hagueCodes].sort()).toEqual([...currentCodes].sort());
  });

  it('uses only the known status values', () => {
    for (const [code, , status] of hague) expect(HAGUE_STATUSES, code).toContain(status);
    for (const status of Object.values(HAGUE_1980)) expect(HAGUE_STATUSES).toContain(status);
  });

  it('names a source for every row', () => {
    for (const [code, , , bron] of hague) expect(bron?.trim(), code).toBeTruthy();
  });
});

describe('countries.generated.ts', () => {
  it('is up to date with the CSVs and hague1980.md (run npx tsx scripts/gen-reference.ts)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generate(sources));
  });

  it('refuses a Hague file that leaves a current code without a status', () => {
    const withoutPoland = sources.hague
      .split('\n')
      .filter((line) => !line.startsWith('"7028"'))
      .join('\n');
    expect(() => generate({ ...sources, hague: withoutPoland })).toThrow(/7028/);
  });

  it('refuses a status outside the known ones', () => {
    const typo = sources.hague.replace('"7028","Polen","toetreding-aanvaard"', '"7028","Polen","aanvaard"');
    expect(() => generate({ ...sources, hague: typo })).toThrow(/unknown status/);
  });
});

describe('country lookups', () => {
  it('knows current and ended Tabel 34 codes by name', () => {
    expect(countryName('5010')).toBe('België');
    expect(countryName('6029')).toBe('Duitsland');
    expect(isKnownCountryCode('6029')).toBe(true);
  });

  it('does not treat unknown codes or object keys as countries', () => {
    expect(isKnownCountryCode('1234')).toBe(false);
    expect(isKnownCountryCode('toString')).toBe(false);
    expect(countryName('toString')).toBeUndefined();
    expect(hagueStatus('constructor')).toBe('onbekend');
  });
});

describe('Hague 1980 status of well-sourced states', () => {
  it.each([
    ['9089', 'Bondsrepubliek Duitsland', 'partij-ratificatie'],
    ['5010', 'België', 'partij-ratificatie'],
    ['6043', 'Turkije', 'partij-ratificatie'],
    ['7035', 'Japan', 'partij-ratificatie'],
    ['7028', 'Polen', 'toetreding-aanvaard'],
    ['5022', 'Marokko', 'toetreding-aanvaard'],
  ] as const)('binds %s (%s) and the Netherlands: %s', (code, _naam, status) => {
    expect(hagueStatus(code)).toBe(status);
    expect(isHagueBound(code)).toBe(true);
  });

  it.each([
    ['7014', 'Egypte'],
    ['7009', 'Syrië'],
    ['7046', 'India'],
    ['7054', 'Verenigde Arabische Emiraten'],
  ])('does not bind %s (%s): not a party', (code) => {
    expect(hagueStatus(code)).toBe('geen-partij');
    expect(isHagueBound(code)).toBe(false);
  });

  it('treats an unknown country, a code outside Tabel 34 and an ended code as unknown, so not bound', () => {
    for (const code of ['0000', '1234', '6029']) {
      expect(hagueStatus(code)).toBe('onbekend');
      expect(isHagueBound(code)).toBe(false);
    }
  });

  it('does not count the Netherlands itself as a bound foreign destination', () => {
    expect(hagueStatus('6030')).toBe('partij-ratificatie');
    expect(isHagueBound('6030')).toBe(false);
  });

  it('publishes its as-of date and sources', () => {
    expect(HAGUE_SOURCE.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(HAGUE_SOURCE.sources.length).toBeGreaterThan(0);
  });
});
