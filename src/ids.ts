// Identifiers: random UUIDs for new things, and name-based ones (SHA-256, UUID-shaped) where a redelivery
// must land on the same row, so that retries and duplicates dedupe in the database itself.
// node:crypto's synchronous hash (also on Workers with nodejs_compat): WebCrypto's async digest costs a thread-pool
// round trip per call, which showed up as a tenth of intake time in the benchmark profile.
import * as nodeCrypto from 'node:crypto';

// Node's one-shot hash() skips building a Hash object per call (a third of sha256Hex's time in the intake profile);
// where the runtime lacks it (older workerd), createHash does the same.
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export const newId = () => crypto.randomUUID();

export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : nodeCrypto.createHash('sha256').update(text).digest('hex');
}

/** A UUID (version 8, RFC 9562 custom) derived from the parts; equal parts give an equal id. */
export function derivedId(...parts: string[]): string {
  const h = sha256Hex(parts.join('\u0000'));
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Short human reference for letters, e.g. VS-7K3M9Q2D (no personal data, no ambiguous characters). */
export function referenceFrom(id: string): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const hex = id.replace(/-/g, '');
  let n = BigInt(`0x${hex.slice(0, 15)}`);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out += alphabet[Number(n % 31n)];
    n /= 31n;
  }
  return `VS-${out}`;
}

/** The ids the domain derives, so that the same facts always yield the same rows. */
export const DOMAIN_IDS = {
  caseOf: (source: string, rootEventId: string) => derivedId('event', source, rootEventId),
  eventRecord: (source: string, eventId: string) => derivedId('event', source, eventId),
  notification: (caseId: string, bsn: string) => derivedId('kennisgeving', caseId, bsn),
  signal: (caseId: string, recipient: string) => derivedId('signaal', caseId, recipient),
  reference: referenceFrom,
  lane: (declarantBsn: string) => derivedId('lane', declarantBsn),
};
