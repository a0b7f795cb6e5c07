// Renders a Letter as an A4 PDF with pdf-lib's standard Helvetica, so it runs unchanged on Node and Workers
// (no node: imports). The address block sits in the envelope window; metadata carries no personal data; the same
// letter always gives the same bytes.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { LETTER_HEADINGS, type Letter } from '../../src/core/letter/compose.ts';
import { toWinAnsi } from './winansi.ts';

const MM = 72 / 25.4;
const PAGE: [number, number] = [210 * MM, 297 * MM]; // A4
const MARGIN_LEFT = 25 * MM;
const TEXT_WIDTH = 160 * MM;
const TOP = 20 * MM;
const BOTTOM = 25 * MM;
/** Window envelopes (EA5/6, C5 with left window) show the area about 50 mm from the top, 20–110 mm from the left. */
const WINDOW_TOP = 50 * MM;
const WINDOW_WIDTH = 85 * MM;
const BODY_START = 100 * MM;
const SIZE = 10.5;
const LEADING = 1.4;

export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  // updateMetadata: false keeps pdf-lib from stamping the current time and its own producer string.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  // Only a generic title: the PDF's properties are shown by viewers and mail systems without opening the letter.
  const created = creationDate(letter.date);
  doc.setTitle('Kennisgeving');
  doc.setCreator('Vertreksignaal');
  doc.setProducer('Vertreksignaal');
  doc.setLanguage('nl-NL');
  doc.setCreationDate(created);
  doc.setModificationDate(created);

  const w = new Writer(doc, regular);
  w.y = PAGE[1] - TOP;
  for (const line of letter.sender) w.paragraph(line, bold, 10);
  // Start the address at the window unless a long sender block already ran past it.
  w.y = Math.min(w.y - 4 * MM, PAGE[1] - WINDOW_TOP);
  for (const line of letter.addressBlock) w.paragraph(line, regular, 10, WINDOW_WIDTH, 1.25);
  w.y = Math.min(w.y - 10 * MM, PAGE[1] - BODY_START);
  w.paragraph(`Datum: ${letter.date}`, regular, 10);
  w.paragraph(`Kenmerk: ${letter.reference}`, regular, 10);
  w.y -= 5 * MM;
  w.paragraph(letter.subject, bold, 12);
  w.y -= 3 * MM;
  w.paragraph(letter.salutation);
  w.y -= 2 * MM;
  for (const p of letter.paragraphs) {
    const heading = LETTER_HEADINGS.has(p);
    // A heading never ends a page alone: ask for room for it and two lines of what follows.
    if (heading) w.ensureRoom(3);
    w.paragraph(p, heading ? bold : regular);
    w.y -= 2 * MM;
  }
  w.ensureRoom(letter.closing.length);
  w.y -= 2 * MM;
  for (const line of letter.closing) w.paragraph(line);
  w.footers(letter.reference);
  return doc.save({ useObjectStreams: false });
}

/** Draws top to bottom, starting a new page when the next line would cross the bottom margin. */
class Writer {
  y = 0;
  private page: PDFPage;
  private readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.page = this.newPage();
  }

  /** Wraps and draws one text; every string passes through toWinAnsi here, so no caller can make pdf-lib throw. */
  paragraph(text: string, font = this.font, size = SIZE, width = TEXT_WIDTH, leading = LEADING): void {
    for (const l of wrap(toWinAnsi(text), font, size, width)) this.line(l, font, size, leading);
  }

  private line(text: string, font: PDFFont, size: number, leading: number): void {
    if (this.y - size < BOTTOM) {
      this.page = this.newPage();
      this.y = PAGE[1] - TOP;
    }
    this.page.drawText(text, { x: MARGIN_LEFT, y: this.y - size, size, font, color: rgb(0, 0, 0) });
    this.y -= size * leading;
  }

  ensureRoom(lines: number): void {
    if (this.y - lines * SIZE * LEADING < BOTTOM) {
      this.page = this.newPage();
      this.y = PAGE[1] - TOP;
    }
  }

  /** Page numbers and the reference on every page, so a loose second sheet can be matched to its letter. */
  footers(reference: string): void {
    if (this.pages.length < 2) return;
    this.pages.forEach((p, i) => {
      p.drawText(toWinAnsi(`Kenmerk ${reference} - pagina ${i + 1} van ${this.pages.length}`), { x: MARGIN_LEFT, y: 12 * MM, size: 8, font: this.font, color: rgb(0.3, 0.3, 0.3) });
    });
  }

  private newPage(): PDFPage {
    const p = this.doc.addPage(PAGE);
    this.pages.push(p);
    return p;
  }
}

/** Greedy word wrap; a single word wider than the line (a long name) is cut rather than drawn off the page. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The letter's own date (Dutch long form) as creation date, so rendering twice gives identical bytes. */
function creationDate(long: string): Date {
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(long.trim());
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  // An unreadable date still yields a fixed value, never "now".
  if (!m || month < 0) return new Date(Date.UTC(2000, 0, 1));
  return new Date(Date.UTC(Number(m[3]), month, Number(m[1])));
}
