// Audit anchors in memory: for tests, and for a Worker without a KV namespace or receiver (then nothing outlives the
// isolate, which the README says; configure AUDIT_ANCHORS or AUDIT_ANCHOR_URL there).
import type { AuditAnchorPort, SignedAuditAnchor } from '../../src/ports/audit-anchor.ts';

export function createMemoryAnchorStore(): AuditAnchorPort & { anchors: SignedAuditAnchor[] } {
  const anchors: SignedAuditAnchor[] = [];
  return {
    anchors,
    async append(a) {
      anchors.push(a);
    },
    async latest() {
      return anchors.reduce<SignedAuditAnchor | null>(
        (best, a) => (!best || a.chainPos > best.chainPos ? a : best),
        null,
      );
    },
  };
}
