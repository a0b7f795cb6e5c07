// Audit anchors in a Cloudflare KV namespace (binding AUDIT_ANCHORS): each anchor under its position, and `head` for
// the newest. KV lives outside the D1 database, so deleting logboek rows there cannot also remove the anchor.
import { type AuditAnchorPort, SignedAuditAnchor } from '../../src/ports/audit-anchor.ts';

export interface KvLike {
  get(key: string): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
}

export function createKvAnchorStore(kv: KvLike): AuditAnchorPort {
  return {
    async append(a) {
      const text = JSON.stringify(SignedAuditAnchor.parse(a));
      await kv.put(`anker:${String(a.chainPos).padStart(12, '0')}`, text);
      await kv.put('head', text);
    },
    async latest() {
      const v = await kv.get('head');
      if (!v) return null;
      const parsed = SignedAuditAnchor.safeParse(JSON.parse(v));
      return parsed.success ? parsed.data : null;
    },
  };
}
