import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONTS, printable } from './fonts.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const hasGlyph = (cp: number) => FONTS.regular.hasGlyphForCodePoint(cp) && FONTS.bold.hasGlyphForCodePoint(cp);

describe('the PDF fonts (Noto Sans regular and bold)', () => {
  it('cover Basic Latin, Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional', () => {
    const blocks = [range(0x20, 0x7e), range(0xa0, 0xff), range(0x100, 0x24f), range(0x1e00, 0x1eff)];
    const missing = blocks
      .flat()
      .filter((cp) => !hasGlyph(cp))
      .map((cp) => cp.toString(16));
    expect(missing).toEqual([]);
  });

  it('have the punctuation Dutch text uses: dashes, quotes, euro, ellipsis', () => {
    expect([...'–—‘’“”„€…•'].filter((c) => !hasGlyph(c.codePointAt(0)!))).toEqual([]);
  });
});

describe('printable', () => {
  it('keeps names as written', () => {
    const names = 'Ŀluïsa Ayşe Wałęsa Őrs Dvořák Ćwik Žana Đorđe Ğül İpek ĳsbrand Straße ẞ Nguyễn';
    expect(printable(names)).toBe(names);
  });

  it('composes a letter and a separate accent into one character (NFC), as a search would expect', () => {
    expect(printable('Zoe\u0308 Linne\u0301a')).toBe('Zoë Linnéa');
  });

  it('turns line breaks into spaces and drops invisible format marks (bidi overrides, zero-width)', () => {
    expect(printable('a\nb\tc\u200bd\u202ee\u2066f')).toBe('a b cdef');
  });

  it('replaces a character neither font has by its base letter or a question mark, never .notdef', () => {
    expect(printable('漢')).toBe('?');
    expect([...printable('x\u{1D400}y')].every((c) => hasGlyph(c.codePointAt(0)!))).toBe(true);
  });

  it('always yields text both fonts can draw, without control or format characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const out = printable(s);
        expect([...out].every((c) => hasGlyph(c.codePointAt(0)!))).toBe(true);
        expect(/[\p{Cc}\p{Cf}]/u.test(out)).toBe(false);
      }),
    );
  });
});
