// Use cases for the privacy officer: the logboek by period, actor, purpose or person (a BSN is turned into its
// pseudonym first; the logboek never holds a BSN), with the chain's status. Reading the logboek is logged too.
import { type AuditFilter, queryAudit, type StoredAuditRecord } from '../../store/audit-log.ts';

export type { StoredAuditRecord };

import { PAGE_SIZE } from '../../store/page.ts';
import type { Actor } from '../actor.ts';
import type { AppContext } from '../context.ts';
import { PURPOSES, recordReads } from './record.ts';
import { type ChainStatus, chainStatus } from './seal.ts';

export interface LogQuery {
  from?: number;
  to?: number;
  actor?: string;
  purpose?: string;
  /** A pseudonym (`ps-…`) or, searched by POST, a BSN turned into one. */
  subject?: string;
  afterSeq?: number;
  limit?: number;
}

export async function readLog(ctx: AppContext, actor: Actor, q: LogQuery, opts: { subjectBsn?: string } = {}) {
  const limit = q.limit ?? PAGE_SIZE;
  const filter: AuditFilter = {
    from: q.from,
    to: q.to,
    actor: q.actor,
    purpose: q.purpose,
    afterSeq: q.afterSeq,
    subject: opts.subjectBsn ? ctx.pseudonyms.of(opts.subjectBsn) : q.subject,
  };
  const rows = await queryAudit(ctx.db, filter, limit + 1);
  const items: StoredAuditRecord[] = rows.slice(0, limit);
  const chain: ChainStatus = await chainStatus(ctx);
  await recordReads(ctx, actor, [
    {
      operation: opts.subjectBsn ? 'logboek-zoeken' : 'logboek-lezen',
      objectType: 'logboek',
      purpose: PURPOSES.audit,
      subjectBsn: opts.subjectBsn ?? null,
    },
  ]);
  return { items, next: rows.length > limit ? (items.at(-1)?.seq ?? null) : null, chain };
}
