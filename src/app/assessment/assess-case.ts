// Use case (job): (re)assess one departure case. Load everything it depends on, let the pure core plan the new
// state, and commit the plan with its jobs and logboek entries at once. Recomputing from scratch each time makes a
// duplicate, a late correction or a retry after a crash converge on the same stored result.
import type { BrpPersoon } from '../../../schemas/brp.ts';
import type { EmigrationDataT } from '../../../schemas/events.ts';
import { type AssessmentPlan, type BrpFacts, departureView, planAssessment } from '../../core/assessment/plan.ts';
import { canonicalJson } from '../../core/canonical-json.ts';
import type { CaseState } from '../../core/case/model.ts';
import { closureOf, foldRegistration, immigratedAt, type Registration } from '../../core/case/registration.ts';
import { interpretCustody } from '../../core/custody.ts';
import { DOMAIN_IDS } from '../../ids.ts';
import {
  BRP_INVALID_ANSWER_METRIC,
  BrpInvalidAnswerError,
  CHILD_FIELDS,
  DECLARANT_FIELDS,
  HOLDER_FIELDS,
} from '../../ports/brp.ts';
import { getCase, openCasesInvolving, openCasesOfDeclarant } from '../../store/cases.ts';
import { chainEventsOfCase, immigrationsOfChild } from '../../store/events.ts';
import { notificationsOfCase } from '../../store/notifications.ts';
import { signalsOfCase } from '../../store/signals.ts';
import { watchMarkingsOfChild } from '../../store/watch-markings.ts';
import type { AppContext } from '../context.ts';
import { slaHoursFor } from '../settings.ts';
import { applyAssessment } from './apply.ts';

export interface AssessOptions {
  /** This job's attempt (1-based): an invalid BRP answer becomes manual review after the configured attempts. */
  attempt?: number;
}

export async function assessCase(
  ctx: AppContext,
  caseId: string,
  o: AssessOptions = {},
): Promise<AssessmentPlan | null> {
  const registration = foldRegistration(await chainEventsOfCase(ctx.db, caseId));
  const current = registration.current;
  if (!current) return null; // only chain events whose departure has not arrived yet
  const existing = await getCase(ctx.db, caseId);
  const childBsn = current.burgerservicenummer;
  const closure = closureOf(registration, immigratedAt(registration, await immigrationsOfChild(ctx.db, childBsn)));
  const [notifications, signals] = existing
    ? await Promise.all([notificationsOfCase(ctx.db, caseId), signalsOfCase(ctx.db, caseId)])
    : [[], []];
  // A case that ends before its first assessment is still assessed first, as in-order arrival would have done.
  const ended = existing?.status === 'ingetrokken' || existing?.status === 'afgesloten';
  // An ended case changes only when a correction that arrived late changed the registration in force, or when the
  // event that really ended it (the earlier in time) arrived after another.
  const sameRegistration = canonicalJson(existing?.departure) === canonicalJson(departureView(current));
  if (ended && sameRegistration && existing?.closedReason === closure) return null;
  // Closing a case whose registration in force is what was assessed needs no BRP; a case that ends before its first
  // assessment, or with a correction not yet assessed, is first assessed as in-order arrival would have done.
  const brp =
    closure && existing && sameRegistration ? null : await askBrp(ctx, registration, existing, o.attempt ?? 1);
  const declarantBsn = current.aangifte?.aangever?.burgerservicenummer ?? null;
  const declarantCases = declarantBsn ? await openCasesOfDeclarant(ctx.db, declarantBsn, caseId) : [];
  const otherHolders = otherHoldersOf(brp, existing, childBsn, declarantBsn);
  const now = ctx.now();
  const plan = planAssessment({
    caseId,
    now,
    today: new Date(now).toISOString().slice(0, 10),
    registration: { ...registration, current },
    closure,
    existing,
    notifications,
    signals,
    brp,
    risk: {
      watchMarkings: await watchMarkingsOfChild(ctx.db, childBsn),
      declarantCases,
      otherHolderCases: otherHolders.length ? await openCasesInvolving(ctx.db, otherHolders, caseId) : [],
      reactions: notifications.flatMap((n) => (n.reaction ? [n.reaction.reactie] : [])),
    },
    settings: {
      dueWorkingDays: ctx.settings.notificationDueWorkingDays,
      slaHours: (level) => slaHoursFor(ctx.settings, level),
      pushes: (recipient) => !!ctx.settings.webhooks[recipient],
      ids: DOMAIN_IDS,
    },
  });
  await applyAssessment(ctx, plan, { existing, declarantCases: declarantBsn ? declarantCases : [], declarantBsn, now });
  return plan;
}

/**
 * The child first (custody, birth date, safety markers); then the custody holders (their addresses, and the markers
 * that put custody in doubt) and a declarant who is not one of them (only for the safety hold). An answer outside the
 * specification is retried like any failure; after the configured attempts the case goes to manual review with a
 * reason the officer can read.
 */
async function askBrp(
  ctx: AppContext,
  reg: Registration,
  existing: CaseState | null,
  attempt: number,
): Promise<BrpFacts> {
  const data = reg.current as EmigrationDataT;
  try {
    const [child] = await ctx.brp.personen([data.burgerservicenummer], CHILD_FIELDS);
    const holders = holdersOf(existing, child, data.burgerservicenummer);
    const declarant = data.aangifte?.aangever?.burgerservicenummer;
    const people = holders.length ? await ctx.brp.personen(holders, HOLDER_FIELDS) : [];
    if (declarant && !holders.includes(declarant) && holders.length)
      people.push(...(await ctx.brp.personen([declarant], DECLARANT_FIELDS)));
    return { child, people: new Map(people.map((p) => [p.burgerservicenummer, p])) };
  } catch (err) {
    if (!(err instanceof BrpInvalidAnswerError)) throw err;
    ctx.metrics.inc(BRP_INVALID_ANSWER_METRIC);
    if (attempt < ctx.settings.brpInvalidAttempts) throw err;
    ctx.logger.warn(
      { reason: err.name, fields: err.fields },
      'BRP answer did not match the specification; case goes to manual review',
    );
    return { invalid: err.toelichting };
  }
}

/** Custody holders' BSNs: from custody recorded earlier (snapshot or by hand), else from the BRP's relation. */
function holdersOf(existing: CaseState | null, child: BrpPersoon | undefined, childBsn: string): string[] {
  const stored = existing?.custody;
  if (stored && (stored.bekend || stored.bron === 'handmatig'))
    return stored.gezaghouders.flatMap((h) => (h.burgerservicenummer ? [h.burgerservicenummer] : []));
  if (!child) return [];
  const c = interpretCustody(child.gezag, childBsn, { child: child.inOnderzoek });
  return c.kind === 'held' ? c.holders.flatMap((h) => (h.burgerservicenummer ? [h.burgerservicenummer] : [])) : [];
}

function otherHoldersOf(
  brp: BrpFacts | null,
  existing: CaseState | null,
  childBsn: string,
  declarantBsn: string | null,
): string[] {
  const child = brp && 'child' in brp ? brp.child : undefined;
  return holdersOf(existing, child, childBsn).filter((b) => b !== declarantBsn);
}
