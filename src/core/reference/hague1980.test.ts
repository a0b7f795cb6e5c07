// The Hague table is data a caseworker must be able to defend: every row has a source, resolved rows say how sure
// they are, no EU member state is left unknown, and the published and documented counts are the data's own.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvLine } from '../../../scripts/gen-municipalities.ts';
import { generate, read } from '../../../scripts/gen-reference.ts';
import {
  HAGUE_CONFIDENCES,
  HAGUE_SOURCE,
  HAGUE_STATUS_COUNTS,
  HAGUE_STATUSES,
  hagueStatus,
  isHagueBound,
} from './countries.ts';

const sources = read();
const lines = sources.hague.trim().split(/\r?\n/);
const rows = lines.slice(1).map(parseCsvLine);
const docs = readFileSync(new URL('../../../docs/reference-data.md', import.meta.url), 'utf8');

// The 26 other member states under their Tabel 34 names: Regulation (EU) 2019/1111 applies the Convention between them.
const EU_MEMBER_STATES = [
  'Oostenrijk',
  'België',
  'Bulgarije',
  'Kroatië',
  'Cyprus',
  'Tsjechië',
  'Denemarken',
  'Estland',
  'Finland',
  'Frankrijk',
  'Bondsrepubliek Duitsland',
  'Griekenland',
  'Hongarije',
  'Ierland',
  'Italië',
  'Letland',
  'Litouwen',
  'Luxemburg',
  'Malta',
  'Polen',
  'Portugal',
  'Roemenië',
  'Slowakije',
  'Slovenië',
  'Spanje',
  'Zweden',
];

describe('hague1980.csv: evidence per row', () => {
  it('has the columns code, naam, status, bron, zekerheid', () => {
    expect(parseCsvLine(lines[0])).toEqual(['code', 'naam', 'status', 'bron', 'zekerheid']);
    for (const row of rows) expect(row, row[0]).toHaveLength(5);
  });

  it('names a source on every row, and a confidence on every row whose status is established', () => {
    for (const [code, , status, bron, zekerheid] of rows) {
      expect(bron.trim().length, code).toBeGreaterThan(10);
      if (status === 'onbekend') expect(zekerheid, code).toBe('');
      else expect(HAGUE_CONFIDENCES, code).toContain(zekerheid);
    }
  });

  it('binds every EU member state to the Netherlands: none is onbekend', () => {
    for (const naam of EU_MEMBER_STATES) {
      const row = rows.find((r) => r[1] === naam);
      expect(row, naam).toBeDefined();
      expect(row?.[2], naam).not.toBe('onbekend');
      expect(isHagueBound(row?.[0] ?? ''), naam).toBe(true);
    }
  });

  it('keeps the resolved rows that rest on a primary source bound', () => {
    expect(hagueStatus('5014')).toBe('toetreding-aanvaard'); // Zuid-Afrika: NL accepted 25-08-1997
    expect(hagueStatus('6008')).toBe('toetreding-aanvaard'); // Brazilië: NL accepted 08-01-2002
    expect(isHagueBound('9048')).toBe(true); // Bermuda: UK extension, art. 39
  });

  it('does not bind places the Convention does not reach from the Netherlands', () => {
    for (const code of ['5095', '5106', '8016', '7055']) {
      expect(hagueStatus(code), code).toBe('niet-van-toepassing');
      expect(isHagueBound(code), code).toBe(false);
    }
  });
});

describe('published and documented counts', () => {
  const counted = (status: string) => rows.filter((r) => r[2] === status).length;

  it('publishes per status exactly as many rows as the CSV has', () => {
    for (const status of HAGUE_STATUSES) expect(HAGUE_STATUS_COUNTS[status], status).toBe(counted(status));
    expect(Object.values(HAGUE_STATUS_COUNTS).reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(HAGUE_SOURCE.onbekend.aantal).toBe(counted('onbekend'));
    expect(HAGUE_SOURCE.aantallen).toEqual(HAGUE_STATUS_COUNTS);
    expect(HAGUE_SOURCE.onbekend.betekenis).toMatch(/niet gebonden/);
  });

  it('states in docs/reference-data.md the same count per status as the data', () => {
    for (const status of HAGUE_STATUSES) {
      const stated = new RegExp(`^\\| \`${status}\` \\| (\\d+) \\|`, 'm').exec(docs)?.[1];
      expect(Number(stated), status).toBe(counted(status));
    }
    const unknown = /\*\*Rows with status `onbekend`: (\d+)\*\* \(of (\d+)\)/.exec(docs);
    expect(unknown?.slice(1).map(Number)).toEqual([counted('onbekend'), rows.length]);
  });
});

describe('gen-reference.ts refuses rows without evidence', () => {
  const withRow = (index: number, change: (row: string[]) => string[]) => {
    const quoted = (row: string[]) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');
    const next = rows.map((r, i) => (i === index ? quoted(change([...r])) : quoted(r)));
    return { ...sources, hague: [lines[0], ...next].join('\n') };
  };

  it('refuses any row whose source is blank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rows.length - 1 }), fc.constantFrom('', ' ', '  '), (i, blank) => {
        const broken = withRow(i, (r) => [r[0], r[1], r[2], blank, r[4]]);
        expect(() => generate(broken)).toThrow(new RegExp(`${rows[i][0]} names no source`));
      }),
    );
  });

  it('refuses any established row without a known confidence, and an onbekend row with one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rows.length - 1 }), fc.constantFrom('', 'zeker', 'hoog'), (i, bad) => {
        const unknown = rows[i][2] === 'onbekend';
        const broken = withRow(i, (r) => [r[0], r[1], r[2], r[3], unknown ? 'afgeleid' : bad]);
        expect(() => generate(broken)).toThrow(new RegExp(`${rows[i][0]} .*zekerheid`));
      }),
    );
  });

  it('refuses a file whose header is not the expected one', () => {
    const old = { ...sources, hague: sources.hague.replace('"bron","zekerheid"', '"bron"') };
    expect(() => generate(old)).toThrow(/header/);
  });
});
