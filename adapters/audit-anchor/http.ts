// Audit anchors sent to a receiver elsewhere (AUDIT_ANCHOR_URL), out of reach of whoever controls the database:
// POST {url} with the signed anchor as JSON (any 2xx stores it), GET {url}/laatste answers the newest one (404:
// none yet). Web APIs only: runs on Node and on Workers.
import { type AuditAnchorPort, SignedAuditAnchor } from '../../src/ports/audit-anchor.ts';

export interface HttpAnchorOptions {
  url: string;
  /** Per request. Default 5000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class AnchorStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnchorStoreError';
  }
}

export function createHttpAnchorStore(o: HttpAnchorOptions): AuditAnchorPort {
  const base = o.url.replace(/\/+$/, '');
  const doFetch: typeof fetch = o.fetch ?? ((input, init) => fetch(input, init));
  const signal = () => AbortSignal.timeout(o.timeoutMs ?? 5000);
  return {
    async append(anchor) {
      const res = await doFetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(anchor),
        signal: signal(),
      }).catch(() => null);
      await res?.body?.cancel().catch(() => undefined);
      if (!res?.ok)
        throw new AnchorStoreError(
          `anchor receiver did not store the anchor (${res ? `HTTP ${res.status}` : 'no answer'})`,
        );
    },
    async latest() {
      const res = await doFetch(`${base}/laatste`, { headers: { accept: 'application/json' }, signal: signal() }).catch(
        () => null,
      );
      if (res?.status === 404) return null;
      if (!res?.ok)
        throw new AnchorStoreError(`anchor receiver did not answer (${res ? `HTTP ${res.status}` : 'no answer'})`);
      const parsed = SignedAuditAnchor.safeParse(await res.json().catch(() => undefined));
      if (!parsed.success) throw new AnchorStoreError('anchor receiver answered something that is not an anchor');
      return parsed.data;
    },
  };
}
