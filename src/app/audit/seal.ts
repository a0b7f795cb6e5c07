// Use cases (jobs and CLI): seal new logboek entries into the chain and anchor the head outside the database; verify
// the whole chain against the newest anchor; report the chain's status cheaply for the privacy officer's pages.
import { chainHead, countUnsealed, seal, sealedAfter, sealedAt, unsealed } from '../../store/audit-log.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import type { AppContext } from '../context.ts';
import { signAnchor } from './anchor.ts';
import { chainHash, checkSegment, digests, GENESIS } from './chain.ts';

export async function sealAudit(ctx: AppContext, limit = 5000): Promise<number> {
  const head = await chainHead(ctx.db);
  const open = await unsealed(ctx.db, limit);
  let prev = head?.hash ?? GENESIS;
  let pos = head?.chainPos ?? 0;
  const uow = new UnitOfWork();
  for (const r of open) {
    pos++;
    const hash = chainHash(prev, r, pos);
    uow.write(seal(r.seq, pos, prev, hash, digests(r)));
    prev = hash;
  }
  await ctx.commit(uow);
  await anchorHead(ctx);
  return open.length;
}

/**
 * After the seal committed (an anchor of an uncommitted head would accuse an honest log): the head, signed, to the
 * anchor stores; also catches up when an earlier anchoring failed.
 */
export async function anchorHead(ctx: AppContext): Promise<void> {
  const head = await chainHead(ctx.db);
  if (!head) return;
  const newest = await ctx.anchor.latest();
  if (newest && newest.chainPos >= head.chainPos) return;
  await ctx.anchor.append(await signAnchor(ctx.signer, head, ctx.now()));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  unsealed: number;
  brokenAt?: number;
  reason?: string;
  anchoredAt?: number;
}

/** The whole chain from the start, then the newest anchor: the chain must still hold it and must not end before it. */
export async function verifyAudit(ctx: AppContext): Promise<VerifyResult> {
  let from = { pos: 0, hash: GENESIS };
  for (;;) {
    const rows = await sealedAfter(ctx.db, from.pos, 5000);
    if (rows.length === 0) break;
    const check = checkSegment(rows, from);
    if (!check.ok)
      return { ok: false, checked: check.last, unsealed: 0, brokenAt: check.brokenAt, reason: check.reason };
    from = { pos: check.last, hash: check.lastHash };
  }
  const anchor = await ctx.anchor.latest();
  const unsealedCount = await countUnsealed(ctx.db);
  if (anchor) {
    if (anchor.chainPos > from.pos)
      return {
        ok: false,
        checked: from.pos,
        unsealed: unsealedCount,
        reason: `de keten eindigt vóór de verankerde regel ${anchor.chainPos}: er zijn regels verwijderd`,
        anchoredAt: anchor.chainPos,
      };
    const row = await sealedAt(ctx.db, anchor.chainPos);
    if (row?.hash !== anchor.hash)
      return {
        ok: false,
        checked: from.pos,
        unsealed: unsealedCount,
        brokenAt: row?.seq,
        reason: 'de verankerde regel is gewijzigd',
        anchoredAt: anchor.chainPos,
      };
  }
  return { ok: true, checked: from.pos, unsealed: unsealedCount, ...(anchor ? { anchoredAt: anchor.chainPos } : {}) };
}

export interface ChainStatus {
  ok: boolean;
  head: number;
  anchoredUpTo: number | null;
  anchoredAt: string | null;
  unsealed: number;
  reason?: string;
}

/** Cheap enough for every page: the part after the newest anchor, and the anchored entry itself. */
export async function chainStatus(ctx: AppContext): Promise<ChainStatus> {
  const [head, anchor, open] = await Promise.all([chainHead(ctx.db), ctx.anchor.latest(), countUnsealed(ctx.db)]);
  const base = {
    head: head?.chainPos ?? 0,
    anchoredUpTo: anchor?.chainPos ?? null,
    anchoredAt: anchor?.at ?? null,
    unsealed: open,
  };
  if (!anchor) return { ok: true, ...base };
  if ((head?.chainPos ?? 0) < anchor.chainPos)
    return { ok: false, ...base, reason: 'de keten eindigt vóór de verankerde regel' };
  const row = await sealedAt(ctx.db, anchor.chainPos);
  if (row?.hash !== anchor.hash) return { ok: false, ...base, reason: 'de verankerde regel is gewijzigd' };
  const check = checkSegment(await sealedAfter(ctx.db, anchor.chainPos, 5000), {
    pos: anchor.chainPos,
    hash: anchor.hash,
  });
  return check.ok ? { ok: true, ...base } : { ok: false, ...base, reason: check.reason };
}
