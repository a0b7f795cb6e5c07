// Keyed pseudonym of a BSN (HMAC-SHA256): the audit log can be searched per person without holding the BSN.
const encoder = new TextEncoder();

export interface Pseudonymizer {
  of(bsn: string): Promise<string>;
}

export async function createPseudonymizer(secret: string): Promise<Pseudonymizer> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const cache = new Map<string, string>();
  return {
    async of(bsn) {
      const hit = cache.get(bsn);
      if (hit) return hit;
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(bsn)));
      const value = 'ps-' + Array.from(mac.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
      if (cache.size > 10_000) cache.clear();
      cache.set(bsn, value);
      return value;
    },
  };
}
