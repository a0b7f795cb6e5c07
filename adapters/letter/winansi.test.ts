import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { isWinAnsi, toWinAnsi } from './winansi.ts';

const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
const encodes = (s: string) => {
  try {
    font.encodeText(s);
    return true;
  } catch {
    return false;
  }
};

describe('toWinAnsi', () => {
  it('agrees with pdf-lib on which characters Helvetica can draw', () => {
    for (let cp = 0x20; cp < 0x3000; cp++) {
      const ch = String.fromCodePoint(cp);
      if (/\p{Cc}|\p{Cf}/u.test(ch)) continue;
      expect([ch, isWinAnsi(ch)]).toEqual([ch, encodes(ch)]);
    }
  });

  it('keeps Dutch and West-European letters as they are', () => {
    expect(toWinAnsi('Zoë Anaïs Linnéa Müller Ørsted € – “ok”')).toBe('Zoë Anaïs Linnéa Müller Ørsted € – “ok”');
  });

  it('reduces letters outside WinAnsi to their base letter', () => {
    expect(toWinAnsi('Ayşe Wałęsa Đorđe Dvořák Ğül İpek ĳs')).toBe('Ayse Walesa Dorde Dvorák Gül Ipek ijs');
  });

  it('turns line breaks into spaces and drops invisible control marks', () => {
    expect(toWinAnsi('a\nb\tc\u200bd\u202ee')).toBe('a b cde');
  });

  it('always yields text pdf-lib can encode (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      expect(encodes(toWinAnsi(s))).toBe(true);
    }));
  });
});
