// The Hague return request as an accessible PDF: its text, its structure tree and its metadata, read back.
import { describe, expect, it } from 'vitest';
import { composeReturnRequest, UNKNOWN } from '../../src/core/return-request/compose.ts';
import { SAMPLE_RETURN_REQUEST as base } from '../../src/core/return-request/sample.fixture.ts';
import { renderReturnRequestPdf as viaLetterAdapter } from './pdf.ts';
import { elements, inspectPdf, withRole } from './pdf-inspect.fixture.ts';
import { RETURN_REQUEST_TITLE, renderReturnRequestPdf } from './return-request-pdf.ts';

const request = composeReturnRequest(base);
const render = async () => inspectPdf(await renderReturnRequestPdf(request));

describe('renderReturnRequestPdf', () => {
  it('holds the child name, destination and foreign address as text, names with ŀ, ş, ő, ł as written', async () => {
    const { text } = await render();
    const facts = ['Ŀluïsa Ayşe Wałęsa', 'Polen', 'ul. Łódzka 3', '90-001 Łódź', 'Őrsike Dvořák', '1 december 2026'];
    for (const s of [...facts, 'VS-2026-AB12CD']) {
      expect(text).toContain(s);
    }
  });

  it('is tagged: Document, the title as H1, each model-form section as H2, numbered items as H3', async () => {
    const pdf = await render();
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.info.Language).toBe('nl-NL');
    expect(pdf.viewerPreferences?.DisplayDocTitle).toBe(true);
    expect(pdf.xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(pdf.trees.every((t) => t.children.length === 1 && t.children[0].role === 'Document')).toBe(true);
    expect(withRole(pdf.trees, 'H1').map((h) => h.text)).toEqual([request.title]);
    expect(withRole(pdf.trees, 'H2').map((h) => h.text)).toEqual(request.sections.map((s) => s.heading));
    const h3 = request.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
    expect(withRole(pdf.trees, 'H3').map((h) => h.text)).toEqual(h3);
    // Heading levels never skip one (PDF/UA, Matterhorn 14-003): H1, then H2, then H3 only below an H2.
    const levels = elements(pdf.trees)
      .filter((n) => /^H\d$/.test(n.role))
      .map((n) => Number(n.role[1]));
    expect(levels[0]).toBe(1);
    expect(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1)).toBe(true);
  });

  it('sets each field as a table row: the label a row header (TH, scope Row), the value a data cell', async () => {
    const pdf = await render();
    const rows = withRole(pdf.trees, 'TR').map((tr) => tr.children.map((c) => [c.role, c.text]));
    expect(rows).toContainEqual([
      ['TH', 'Naam'],
      ['TD', 'Ŀluïsa Ayşe Wałęsa'],
    ]);
    expect(rows).toContainEqual([
      ['TH', 'Geboorteplaats'],
      ['TD', UNKNOWN],
    ]);
    const address = [
      ['TH', 'Adres in het buitenland (volgens de BRP)'],
      ['TD', 'ul. Łódzka 3 90-001 Łódź'],
    ];
    expect(rows).toContainEqual(address);
    expect(rows.every((r) => r.length === 2 && r[0][0] === 'TH' && r[1][0] === 'TD')).toBe(true);
    const headers = pdf.raw.match(/\/S \/TH\b[^>]*/g) ?? [];
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.every((h) => /\/Scope \/Row/.test(h))).toBe(true);
    expect(withRole(pdf.trees, 'Table').length).toBeGreaterThan(5);
  });

  it('sets the list of attachments as a list: L > LI > Lbl + LBody', async () => {
    const pdf = await render();
    const [list] = withRole(pdf.trees, 'L');
    const shape = list.children.map((li) => [li.role, ...li.children.map((c) => c.role)].join());
    expect(shape).toEqual(Array(5).fill('LI,Lbl,LBody'));
    expect(list.children[1].children[1].text).toBe('een uittreksel uit het gezagsregister;');
  });

  it('leaves no text outside a tag or an artifact; the running footer is an artifact', async () => {
    const pdf = await render();
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.untagged).toEqual([]);
    expect(pdf.artifacts).toContain(`Verzoek om terugkeer - kenmerk VS-2026-AB12CD - pagina 1 van ${pdf.pages}`);
    expect(elements(pdf.trees).some((n) => n.text.includes('pagina 1 van'))).toBe(false);
  });

  it('has a generic title and no personal data in its metadata', async () => {
    const pdf = await render();
    expect(pdf.info.Title).toBe(RETURN_REQUEST_TITLE);
    for (const key of ['Author', 'Subject', 'Keywords']) expect(pdf.info[key]).toBeUndefined();
    const metadata = `${JSON.stringify(pdf.info)}${pdf.xmp}`;
    for (const s of ['Ŀluïsa', 'Wałęsa', 'Dvořák', '999990019', '999990020', 'Łódź', 'Polen', 'VS-2026']) {
      expect(metadata).not.toContain(s);
    }
  });

  it('is the same function when imported from the letter adapter, and gives the same bytes twice', async () => {
    expect(viaLetterAdapter).toBe(renderReturnRequestPdf);
    const [a, b] = [await renderReturnRequestPdf(request), await renderReturnRequestPdf(request)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
