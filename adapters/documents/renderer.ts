// The document port's adapter: the letter and the return request as tagged PDFs (adapters/letter).
import type { DocumentPort } from '../../src/ports/documents.ts';
import { renderLetterPdf, renderReturnRequestPdf } from '../letter/pdf.ts';

export const documentRenderer: DocumentPort = { letterPdf: renderLetterPdf, returnRequestPdf: renderReturnRequestPdf };
