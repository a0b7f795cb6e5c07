// Use cases (jobs): hand a SIS request or its withdrawal to the competent authority, and ask it for news on the
// requests it has. What the authority answers is recorded through the SIS decider.
import type { SisCommand } from '../../core/sis/decider.ts';
import { applySis } from '../../core/sis/decider.ts';
import { externalReference, type SisRequestState, withdrawalPending } from '../../core/sis/model.ts';
import { getCase } from '../../store/cases.ts';
import { getSisRequest, saveSisRequest, sisRequestsAwaitingAuthority } from '../../store/sis-requests.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import type { AppContext } from '../context.ts';

const LEGAL_GROUND = 'Verordening (EU) 2018/1862 art. 32 lid 1 onder c';

export async function handOverSis(ctx: AppContext, id: string, what: 'request' | 'withdraw'): Promise<void> {
  const r = await getSisRequest(ctx.db, id);
  if (!r) return;
  const at = ctx.now();
  let command: SisCommand | null = null;
  if (what === 'request' && r.status === 'aangeboden' && 'beslissingskenmerk' in r.request) {
    const c = await getCase(ctx.db, r.caseId);
    if (!c?.child) return;
    const res = await ctx.sis.handOver({
      requestId: r.id,
      decisionReference: r.request.beslissingskenmerk,
      legalGround: LEGAL_GROUND,
      reasoning: r.request.motivering,
      child: { burgerservicenummer: c.child.burgerservicenummer, ...(c.child.naam ? { naam: c.child.naam } : {}) },
      travelDocuments: r.request.reisdocumenten,
    });
    command = { type: 'acknowledge', at, reference: res.externalReference, status: res.status };
  } else if (what === 'withdraw' && withdrawalPending(r)) {
    const ref = externalReference(r);
    // Withdrawn before the authority had it: nothing to withdraw there, only the request to confirm.
    if (ref) await ctx.sis.withdraw(ref, r.history.at(-1)?.reden ?? '');
    command = { type: 'confirm-withdrawal', at };
  }
  if (command) await commitSis(ctx, r, command);
}

/** Polls the authority for decisions on the requests it has (scheduled). */
export async function refreshSis(ctx: AppContext, limit = 50): Promise<void> {
  for (const r of await sisRequestsAwaitingAuthority(ctx.db, limit)) {
    const ref = externalReference(r);
    if (!ref || r.status === 'ingetrokken') continue;
    const status = await ctx.sis.status(ref);
    if (status !== r.status) await commitSis(ctx, r, { type: 'report', at: ctx.now(), status });
  }
}

async function commitSis(ctx: AppContext, r: SisRequestState, command: SisCommand) {
  const result = applySis(r, command);
  if (result.ok && result.events.length) await ctx.commit(new UnitOfWork().write(saveSisRequest(result.state)));
}
