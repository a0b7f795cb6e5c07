// STUB for MijnOverheid Berichtenbox (no public test endpoint is reachable). Same port as the real one would
// have; remembers what it "delivered" per idempotency key, so a retry never delivers twice.
import type { BerichtenboxPort } from '../../src/ports/delivery.ts';
import { DeliveryError } from '../../src/ports/delivery.ts';

export interface StubBerichtenbox extends BerichtenboxPort {
  delivered: Map<string, { subject: string; bytes: number }>;
  /** Make the next sends fail (simulates an outage), or recipients without a box. */
  failing: boolean;
  withoutBox: Set<string>;
}

export function createStubBerichtenbox(): StubBerichtenbox {
  const stub: StubBerichtenbox = {
    delivered: new Map(),
    failing: false,
    withoutBox: new Set(),
    async send({ idempotencyKey, burgerservicenummer, subject, pdf }) {
      if (stub.failing) throw new DeliveryError('Berichtenbox niet bereikbaar');
      if (stub.withoutBox.has(burgerservicenummer)) return { status: 'geen-berichtenbox' };
      if (!stub.delivered.has(idempotencyKey)) stub.delivered.set(idempotencyKey, { subject, bytes: pdf.byteLength });
      return { status: 'bezorgd', messageId: `bb-${idempotencyKey}` };
    },
  };
  return stub;
}
