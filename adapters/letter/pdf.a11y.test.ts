// The letter as an accessible PDF (PDF/UA-1): what a screen reader and a checker read back from the file.
import { describe, expect, it } from 'vitest';
import { composeLetter, LETTER_HEADINGS, type Letter } from '../../src/core/letter/compose.ts';
import { SAMPLE_LETTER } from '../../src/core/letter/sample.fixture.ts';
import { renderLetterPdf } from './pdf.ts';
import { elements, inspectPdf, withRole } from './pdf-inspect.fixture.ts';

const letter = composeLetter(SAMPLE_LETTER);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('renderLetterPdf: tagged for assistive technology', () => {
  it('declares itself tagged, in Dutch, PDF/UA-1, showing its title instead of the file name', async () => {
    const pdf = await inspectPdf(await renderLetterPdf(letter));
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.info.Language).toBe('nl-NL');
    expect(pdf.info.PDFFormatVersion).toBe('1.7');
    expect(pdf.viewerPreferences?.DisplayDocTitle).toBe(true);
    expect(pdf.xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(pdf.raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
  });

  it('has one Document element holding the letter in reading order: P, the subject as H1, headings as H2', async () => {
    const pdf = await inspectPdf(await renderLetterPdf(letter));
    const [root] = pdf.trees[0].children;
    expect(root.role).toBe('Document');
    const expected = [
      ['P', letter.sender.join(' ')],
      ['P', letter.addressBlock.join(' ')],
      ['P', `Datum: ${letter.date} Kenmerk: ${letter.reference}`],
      ['H1', letter.subject],
      ['P', letter.salutation],
      ...letter.paragraphs.map((p) => [LETTER_HEADINGS.has(p) ? 'H2' : 'P', p]),
      ['P', letter.closing.join(' ')],
    ];
    expect(root.children.map((c) => [c.role, c.text])).toEqual(expected.map(([role, text]) => [role, squash(text)]));
  });

  it('leaves no text outside a tag or an artifact, and keeps page numbers out of the reading order', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Alinea ${i + 1}. ${'Een zin. '.repeat(30)}`);
    const long: Letter = { ...letter, paragraphs };
    const pdf = await inspectPdf(await renderLetterPdf(long));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.untagged).toEqual([]);
    expect(pdf.artifacts.join(' ')).toContain(`pagina 1 van ${pdf.pages}`);
    expect(elements(pdf.trees).some((n) => n.text.includes('pagina'))).toBe(false);
    // A paragraph that runs onto the next page stays one P element, continued there.
    const ps = withRole(pdf.trees, 'P').map((p) => p.text);
    expect(ps.filter((t) => t.startsWith('Alinea 40.')).length).toBe(1);
  });

  it('embeds every font it uses (subsets with ToUnicode maps), no standard font left unembedded', async () => {
    const { raw } = await inspectPdf(await renderLetterPdf(letter));
    const fonts = raw.match(/\/Type \/Font\b/g) ?? [];
    expect(fonts.length).toBeGreaterThan(0);
    expect(raw.match(/\/FontFile2 \d+ 0 R/g)?.length).toBe(raw.match(/\/Type \/FontDescriptor/g)?.length);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(raw.match(/\/ToUnicode \d+ 0 R/g)?.length).toBe(raw.match(/\/Subtype \/Type0/g)?.length);
    expect(raw.match(/\/CIDToGIDMap \/Identity/g)?.length).toBe(raw.match(/\/Subtype \/CIDFontType2/g)?.length);
  });

  it('links every page to the structure tree and gives it a structure tab order', async () => {
    const long: Letter = { ...letter, paragraphs: Array.from({ length: 30 }, () => 'Een zin. '.repeat(40)) };
    const pdf = await inspectPdf(await renderLetterPdf(long));
    expect(pdf.raw.match(/\/StructParents \d+/g)?.length).toBe(pdf.pages);
    expect(pdf.raw.match(/\/Tabs \/S/g)?.length).toBe(pdf.pages);
  });
});
