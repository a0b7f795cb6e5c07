// Renders the Hague return request (src/core/return-request) as an accessible A4 PDF: H1 title, an H2 per model-form
// section, H3 per numbered item, label/value tables with row headers, and blanks in a quieter colour. Only the Ca IKA
// gets this document; the metadata title is generic all the same.
import type { Block, ReturnRequest } from '../../src/core/return-request/compose.ts';
import { TaggedPdf } from './tagged-pdf.ts';

export const RETURN_REQUEST_TITLE = 'Verzoek om terugkeer van een kind (Haags Kinderontvoeringsverdrag 1980)';

export async function renderReturnRequestPdf(request: ReturnRequest): Promise<Uint8Array> {
  const pdf = new TaggedPdf({ title: RETURN_REQUEST_TITLE, date: new Date(`${request.isoDate}T00:00:00Z`) });
  pdf.heading(1, request.title);
  pdf.space(2);
  for (const p of request.intro) {
    pdf.paragraph(p);
    pdf.space(1.5);
  }
  for (const section of request.sections) {
    pdf.space(3);
    pdf.heading(2, section.heading, 3);
    pdf.space(1);
    for (const block of section.blocks) renderBlock(pdf, block);
  }
  pdf.footers((page, pages) => `Verzoek om terugkeer - kenmerk ${request.reference} - pagina ${page} van ${pages}`);
  return pdf.finish();
}

function renderBlock(pdf: TaggedPdf, block: Block): void {
  switch (block.type) {
    case 'heading':
      pdf.space(1.5);
      pdf.heading(3, block.text, 2);
      pdf.space(0.5);
      return;
    case 'paragraph':
      pdf.paragraph(block.text);
      pdf.space(1.5);
      return;
    case 'fields':
      pdf.table(block.fields.map((f) => ({ label: f.label, value: f.value, muted: !f.known })));
      return;
    case 'list':
      pdf.list(block.items);
      pdf.space(1);
      return;
  }
}
