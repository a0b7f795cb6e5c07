// Renders a Letter as an A4 PDF with pdf-lib (runs on Node and Workers). Address block placed for a window
// envelope; characters outside WinAnsi are transliterated rather than failing; metadata carries no personal data.
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Letter } from '../../src/core/letter/compose.ts';

const MM = 72 / 25.4;
const A4: [number, number] = [210 * MM, 297 * MM];
const LEFT = 25 * MM;
const WIDTH = 160 * MM;

/** WinAnsi covers most of Western Europe; others (ş, ł, ő, …) lose their accent instead of breaking the PDF. */
export function toWinAnsi(text: string, font: PDFFont): string {
  let out = '';
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      const special: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ø: 'o', Ø: 'O', ß: 'ss' };
      out += special[ch] ?? (base && base !== ch ? base : '?');
    }
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) line = next;
    else {
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const created = new Date(`${isoFromLong(letter.date)}T00:00:00Z`);
  doc.setTitle('Kennisgeving');
  doc.setCreator('Vertreksignaal');
  doc.setProducer('Vertreksignaal');
  doc.setCreationDate(created);
  doc.setModificationDate(created);

  let page = doc.addPage(A4);
  let y = A4[1] - 20 * MM;
  const text = (s: string, f = font, size = 10.5, x = LEFT) => {
    if (y < 25 * MM) {
      page = doc.addPage(A4);
      y = A4[1] - 25 * MM;
    }
    page.drawText(toWinAnsi(s, f), { x, y, size, font: f });
    y -= size * 1.45;
  };
  for (const s of letter.sender) text(s, bold, 10);
  y = A4[1] - 50 * MM; // window envelope
  for (const s of letter.addressBlock) text(s);
  y = A4[1] - 95 * MM;
  text(`Datum: ${letter.date}`, font, 10);
  text(`Kenmerk: ${letter.reference}`, font, 10);
  y -= 6;
  text(letter.subject, bold, 12);
  y -= 6;
  text(letter.salutation);
  y -= 4;
  for (const p of letter.paragraphs) {
    const isHeading = p.endsWith('?') && p.length < 40;
    for (const line of wrap(toWinAnsi(p, isHeading ? bold : font), isHeading ? bold : font, 10.5, WIDTH)) text(line, isHeading ? bold : font);
    y -= 5;
  }
  y -= 4;
  for (const s of letter.closing) text(s);
  return doc.save({ useObjectStreams: false });
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
function isoFromLong(long: string): string {
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(long);
  if (!m) return '2000-01-01';
  return `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}
