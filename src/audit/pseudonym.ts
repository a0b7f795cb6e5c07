// Keyed pseudonym of a BSN (HMAC-SHA256): the audit log can be searched per person without holding the BSN.
import { createHmac } from 'node:crypto';

export interface Pseudonymizer {
  of(bsn: string): Promise<string>;
}

export async function createPseudonymizer(secret: string): Promise<Pseudonymizer> {
  const cache = new Map<string, string>();
  return {
    async of(bsn) {
      const hit = cache.get(bsn);
      if (hit) return hit;
      const value = 'ps-' + createHmac('sha256', secret).update(bsn).digest('hex').slice(0, 32);
      if (cache.size > 10_000) cache.clear();
      cache.set(bsn, value);
      return value;
    },
  };
}
