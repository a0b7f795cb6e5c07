// Ports for getting a letter to the recipient: print-and-post, and MijnOverheid Berichtenbox.
// Both take an idempotency key: a retry after a crash never sends a second letter.

export interface PostPort {
  send(input: {
    idempotencyKey: string;
    pdf: Uint8Array;
    addressLines: string[];
    country?: string;
  }): Promise<{ status: 'bezorgd' | 'verzonden'; trackingId: string }>;
}

export interface BerichtenboxPort {
  /** `geen-berichtenbox`: the recipient has no active box; fall back to post. */
  send(input: {
    idempotencyKey: string;
    burgerservicenummer: string;
    subject: string;
    pdf: Uint8Array;
  }): Promise<{ status: 'bezorgd' | 'geen-berichtenbox'; messageId?: string }>;
}

/**
 * A delivery failure worth retrying; any other error is retried too, but this one carries a reason for the
 * worklist.
 */
export class DeliveryError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DeliveryError';
  }
}
