// The logboek's hash chain: hash = SHA-256(prev_hash | canonical entry), positions in sealing order. Sealing after the
// fact keeps writers free of a shared chain head. Why not seq order: on PostgreSQL a row with a lower seq can commit
// after a higher one was sealed; in seq order it could never join the chain.
import { canonicalJson } from '../../core/canonical-json.ts';
import { sha256Hex } from '../../ids.ts';
import type { StoredAuditRecord } from '../../store/audit-log.ts';

export const GENESIS = '0'.repeat(64);

/**
 * Who acted and about whom enter the chain as digests: retention may remove the actor and the pseudonym after their
 * period (they are personal data), and the chain still verifies from the digests kept beside them.
 */
export const digestOf = (value: string | null): string | null => (value ? sha256Hex(value) : null);

/** The digests a row is chained with: recomputed from the values while they are there, else as kept. */
export function digests(r: StoredAuditRecord): { actor: string | null; subject: string | null } {
  return {
    actor: r.actorSub ? digestOf(r.actorSub) : r.actorDigest,
    subject: r.subjectPseudonym ? digestOf(r.subjectPseudonym) : r.subjectDigest,
  };
}

export function entryContent(r: StoredAuditRecord, chainPos: number): string {
  const d = digests(r);
  return canonicalJson({
    chainPos,
    seq: r.seq,
    at: r.at,
    actor: d.actor,
    actorRole: r.actorRole,
    actorOrg: r.actorOrg,
    operation: r.operation,
    objectType: r.objectType,
    objectId: r.objectId,
    purpose: r.purpose,
    subject: d.subject,
    outcome: r.outcome,
  });
}

export const chainHash = (prev: string, r: StoredAuditRecord, chainPos: number) =>
  sha256Hex(`${prev}|${entryContent(r, chainPos)}`);

export interface SegmentCheck {
  ok: boolean;
  /** Position of the last entry checked. */
  last: number;
  lastHash: string;
  brokenAt?: number;
  reason?: string;
}

/** Checks sealed rows in chain order, continuing from (position, hash). */
export function checkSegment(rows: readonly StoredAuditRecord[], from: { pos: number; hash: string }): SegmentCheck {
  let prev = from.hash;
  let pos = from.pos;
  for (const r of rows) {
    // A gap in positions is a removed entry: name the one after it.
    if (r.chainPos !== pos + 1)
      return { ok: false, last: pos, lastHash: prev, brokenAt: r.seq, reason: 'regel ontbreekt vóór deze regel' };
    if (r.prevHash !== prev)
      return {
        ok: false,
        last: pos,
        lastHash: prev,
        brokenAt: r.seq,
        reason: 'prev_hash past niet bij de vorige regel',
      };
    if (r.hash === null || chainHash(prev, r, r.chainPos) !== r.hash)
      return { ok: false, last: pos, lastHash: prev, brokenAt: r.seq, reason: 'inhoud gewijzigd' };
    // A value still present must match the digest kept for when it is removed.
    const d = digests(r);
    if (d.actor !== r.actorDigest || d.subject !== r.subjectDigest)
      return { ok: false, last: pos, lastHash: prev, brokenAt: r.seq, reason: 'inhoud gewijzigd' };
    prev = r.hash;
    pos = r.chainPos;
  }
  return { ok: true, last: pos, lastHash: prev };
}
