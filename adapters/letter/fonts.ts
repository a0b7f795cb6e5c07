// The typeface of every PDF this service makes: Noto Sans (SIL Open Font License 1.1), regular and bold, embedded
// as subsets. Noto Sans covers Latin-1, Latin Extended-A/B and Latin Extended Additional, so every name the BRP can
// hold (ŀ, ş, ő, ł, ř, ǧ, ẞ, …) prints as written; a character it still lacks is replaced before drawing
// (see printable), because PDF/UA forbids the .notdef glyph and a reader would hear nothing.
import { create, type Font } from 'fontkit';
import { FONT_BYTES } from '#pdf-fonts';

export type { FontBytes } from './font-bytes.ts';

/** Parsed once per process; pdfkit takes fontkit fonts as they are and subsets them per document. */
export const FONTS: { regular: Font; bold: Font } = {
  regular: create(FONT_BYTES.regular),
  bold: create(FONT_BYTES.bold),
};

/**
 * Text as it may be drawn: line breaks and tabs become spaces, invisible format marks (bidi overrides, zero-width
 * characters) go, because they could make the printed text differ from what was composed; letters with a separate
 * accent are composed (NFC) so the font's own accented glyph is used; a character neither font has becomes its base
 * letter (NFD without accents) or '?'.
 */
export function printable(text: string): string {
  let out = '';
  const plain = text
    .replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .normalize('NFC');
  for (const ch of plain) {
    if (covered(ch)) out += ch;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && base !== ch && [...base].every(covered) ? base : '?';
    }
  }
  return out;
}

function covered(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return FONTS.regular.hasGlyphForCodePoint(cp) && FONTS.bold.hasGlyphForCodePoint(cp);
}
