// Standard PDF fonts (Helvetica) only speak WinAnsi (Windows-1252). BRP names are Latin script with diacritics,
// so characters outside WinAnsi (ş, ł, ő, ă, …) are reduced to their base letter instead of making pdf-lib throw.

/** The 27 printable characters Windows-1252 puts in 0x80–0x9F; the rest of WinAnsi is Latin-1. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters that have no decomposition to a base letter plus accent. */
const SPECIAL: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ŋ: 'n', Ŋ: 'N', ĸ: 'k', ſ: 's',
  ə: 'e', Ə: 'E', ƒ: 'f', ĳ: 'ij', Ĳ: 'IJ', 'ʼ': "'", 'ʻ': "'", '′': "'", '″': '"', '‐': '-', '‑': '-', '‒': '-', '−': '-',
};

export function isWinAnsi(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || CP1252_EXTRA.has(ch);
}

/** Text drawable with a standard font: whitespace controls become spaces, invisible format marks go, the rest is transliterated. */
export function toWinAnsi(text: string): string {
  let out = '';
  // Bidi overrides and zero-width characters could make the printed text differ from what was composed.
  for (const ch of text.replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '')) {
    if (isWinAnsi(ch)) out += ch;
    else if (SPECIAL[ch]) out += SPECIAL[ch];
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && base !== ch && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
