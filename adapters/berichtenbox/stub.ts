// STUB for MijnOverheid Berichtenbox (no public test endpoint is reachable). Same port as the real one would
// have; remembers what it "delivered" per idempotency key, so a retry never delivers twice.
import type { BerichtenboxPort } from '../../src/ports/delivery.ts';
import { DeliveryError } from '../../src/ports/delivery.ts';

export interface StubBerichtenbox extends BerichtenboxPort {
  delivered: Map<string, { subject: string; bytes: number }>;
  /** Make the next sends fail (simulates an outage), or recipients without a box. */
  failing: boolean;
  withoutBox: Set<string>;
  /** Deliveries the stub accepted (counting repeats of one idempotency key), to show a retry never delivers twice. */
  calls: number;
  /** Fail this many sends *after* accepting them: a crash between the external call and our own commit. */
  failAfterDelivery: number;
}

export function createStubBerichtenbox(): StubBerichtenbox {
  const stub: StubBerichtenbox = {
    delivered: new Map(),
    failing: false,
    withoutBox: new Set(),
    calls: 0,
    failAfterDelivery: 0,
    async send({ idempotencyKey, burgerservicenummer, subject, pdf }) {
      if (stub.failing) throw new DeliveryError('Berichtenbox niet bereikbaar');
      if (stub.withoutBox.has(burgerservicenummer)) return { status: 'geen-berichtenbox' };
      stub.calls++;
      if (!stub.delivered.has(idempotencyKey)) stub.delivered.set(idempotencyKey, { subject, bytes: pdf.byteLength });
      if (stub.failAfterDelivery > 0) {
        stub.failAfterDelivery--;
        throw new DeliveryError('verbinding verbroken na aflevering');
      }
      return { status: 'bezorgd', messageId: `bb-${idempotencyKey}` };
    },
  };
  return stub;
}
