// Anchoring the logboek's chain head outside the database (contract §8): after a seal has committed, the head
// (position, hash, time) is signed with the service's key and appended to every anchor store; verification then
// checks the chain still holds the newest anchor, so deleting the newest entries is detected.
import { base64url, compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { canonicalJson } from '../../core/canonical-json.ts';
import type { AuditAnchor, AuditAnchorPort, SignedAuditAnchor } from '../../ports/audit-anchor.ts';
import type { Signer } from '../context.ts';

/** The bytes that are signed: the canonical JSON of the anchor's three facts. */
export const anchorPayload = (a: AuditAnchor): Uint8Array =>
  new TextEncoder().encode(canonicalJson({ chainPos: a.chainPos, hash: a.hash, at: a.at }));

export async function signAnchor(
  signer: Signer,
  head: { chainPos: number; hash: string },
  now: number,
): Promise<SignedAuditAnchor> {
  const anchor = { chainPos: head.chainPos, hash: head.hash, at: new Date(now).toISOString() };
  return { ...anchor, kid: signer.kid, jws: await signer.signDetached(anchorPayload(anchor)) };
}

/** Whether `jws` is a valid signature over the anchor by one of `keys` (the service's public JWKS). */
export async function anchorSignatureValid(anchor: SignedAuditAnchor, keys: JSONWebKeySet): Promise<boolean> {
  const [header, signature] = anchor.jws.split('..');
  const payload = base64url.encode(anchorPayload(anchor));
  try {
    await compactVerify(`${header}.${payload}.${signature}`, createLocalJWKSet(keys), { algorithms: ['ES256'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Several stores as one: every anchor goes to all of them (a failure in one is a failure), and the newest is the
 * highest position any of them holds, so truncating one store does not hide what another keeps.
 */
export function allAnchorStores(stores: readonly AuditAnchorPort[]): AuditAnchorPort {
  return {
    async append(anchor) {
      await Promise.all(stores.map((s) => s.append(anchor)));
    },
    async latest() {
      const found = (await Promise.all(stores.map((s) => s.latest()))).filter(
        (a): a is SignedAuditAnchor => a !== null,
      );
      return found.reduce<SignedAuditAnchor | null>(
        (best, a) => (!best || a.chainPos > best.chainPos ? a : best),
        null,
      );
    },
  };
}
