// Keyed pseudonym of a BSN (HMAC-SHA256): the logboek and CIKO's figures can be searched per person without holding
// the BSN. node:crypto's HMAC is synchronous and also available on Workers (nodejs_compat).
import { createHmac } from 'node:crypto';
import type { Pseudonymizer } from './app/context.ts';

export function createPseudonymizer(secret: string): Pseudonymizer {
  const cache = new Map<string, string>();
  return {
    of(bsn) {
      const hit = cache.get(bsn);
      if (hit) return hit;
      const value = `ps-${createHmac('sha256', secret).update(bsn).digest('hex').slice(0, 32)}`;
      if (cache.size > 10_000) cache.clear();
      cache.set(bsn, value);
      return value;
    },
  };
}
