// STUB for a print-and-post service: keeps the PDFs it was handed, keyed by idempotency key.
import type { PostPort } from '../../src/ports/delivery.ts';

export interface StubPost extends PostPort {
  sent: Map<string, { pdf: Uint8Array; addressLines: string[]; country?: string }>;
}

export function createStubPost(): StubPost {
  const stub: StubPost = {
    sent: new Map(),
    async send({ idempotencyKey, pdf, addressLines, country }) {
      if (!stub.sent.has(idempotencyKey)) stub.sent.set(idempotencyKey, { pdf, addressLines, country });
      return { status: 'verzonden', trackingId: `post-${idempotencyKey}` };
    },
  };
  return stub;
}
