// Port to an append-only store outside the database that keeps the audit chain's head (contract §8): with the
// newest anchored position and hash known elsewhere, removing the newest logboek entries is detected.
// Adapters: adapters/audit-anchor/file.ts (JSONL in the data directory) and http.ts (a receiver elsewhere).
import { z } from '@hono/zod-openapi';

/** The chain head at one moment: the newest sealed position, its hash, and when it was anchored. */
export const AuditAnchor = z.object({
  chainPos: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** ISO 8601 instant. */
  at: z.string(),
});
export type AuditAnchor = z.infer<typeof AuditAnchor>;

/**
 * An anchor with the service's signature: `jws` is a compact JWS with detached payload (`header..signature`, ES256,
 * the key of /.well-known/jwks.json) over the canonical JSON of { chainPos, hash, at }.
 */
export const SignedAuditAnchor = AuditAnchor.extend({ kid: z.string(), jws: z.string().regex(/^[\w-]+\.\.[\w-]+$/) });
export type SignedAuditAnchor = z.infer<typeof SignedAuditAnchor>;

export interface AuditAnchorPort {
  /** Adds one anchor; earlier ones are never rewritten. Throws when it could not be stored. */
  append(anchor: SignedAuditAnchor): Promise<void>;
  /** The anchor with the highest chain position, or null when none was stored yet. */
  latest(): Promise<SignedAuditAnchor | null>;
}
