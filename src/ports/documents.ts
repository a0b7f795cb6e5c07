// Port to the PDF renderer (adapters/letter): the letter to a custody holder and the Ca IKA's return request, both
// tagged, accessible PDFs (PDF/UA-1). The content is composed in the core; the adapter only lays it out.
import type { Letter } from '../core/letter/compose.ts';
import type { ReturnRequest } from '../core/return-request/compose.ts';

export interface DocumentPort {
  letterPdf(letter: Letter): Promise<Uint8Array>;
  returnRequestPdf(request: ReturnRequest): Promise<Uint8Array>;
}
