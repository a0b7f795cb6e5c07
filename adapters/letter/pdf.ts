// Renders a Letter as an accessible A4 PDF (PDF/UA-1, see tagged-pdf.ts) that runs unchanged on Node and Workers.
// The address block sits in the envelope window; metadata carries no personal data; the same letter always gives
// the same bytes.
import { MONTHS } from '../../src/core/date.ts';
import { LETTER_HEADINGS, type Letter } from '../../src/core/letter/compose.ts';
import { BODY_SIZE, MM, TaggedPdf } from './tagged-pdf.ts';

export { renderReturnRequestPdf } from './return-request-pdf.ts';

/** Window envelopes (EA5/6, C5 with left window) show the area about 50 mm from the top, 20–110 mm from the left. */
const WINDOW_TOP = 50 * MM;
const WINDOW_WIDTH = 85 * MM;
const BODY_START = 100 * MM;

/** The metadata title: the same for every letter, because viewers and mail systems show it unopened. */
export const LETTER_TITLE = 'Kennisgeving vertrek naar het buitenland';

export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  const pdf = new TaggedPdf({ title: LETTER_TITLE, date: creationDate(letter.date) });
  pdf.paragraph(letter.sender, { bold: true, size: 10 });
  // The address starts at the window unless a long sender block already ran past it.
  pdf.atLeast(Math.max(pdf.y + 4 * MM, WINDOW_TOP));
  pdf.paragraph(letter.addressBlock, { size: 10, width: WINDOW_WIDTH });
  pdf.atLeast(Math.max(pdf.y + 10 * MM, BODY_START));
  pdf.paragraph([`Datum: ${letter.date}`, `Kenmerk: ${letter.reference}`], { size: 10 });
  pdf.space(5);
  pdf.heading(1, letter.subject);
  pdf.space(3);
  pdf.paragraph(letter.salutation);
  pdf.space(2);
  for (const p of letter.paragraphs) {
    if (LETTER_HEADINGS.has(p)) pdf.heading(2, p);
    else pdf.paragraph(p);
    pdf.space(2);
  }
  // The closing stays together with at least the end of the letter.
  pdf.ensureRoom(letter.closing.length * pdf.lineHeight(BODY_SIZE));
  pdf.paragraph(letter.closing);
  // Page numbers and the reference on every page of a longer letter, so a loose sheet can be matched to its letter.
  pdf.footers((page, pages) => (pages < 2 ? null : `Kenmerk ${letter.reference} - pagina ${page} van ${pages}`));
  return pdf.finish();
}

/** The letter's own date (Dutch long form) as creation date, so rendering twice gives identical bytes. */
function creationDate(long: string): Date {
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(long.trim());
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  // An unreadable date still yields a fixed value, never "now".
  if (!m || month < 0) return new Date(Date.UTC(2000, 0, 1));
  return new Date(Date.UTC(Number(m[3]), month, Number(m[1])));
}
