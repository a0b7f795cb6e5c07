// Assessing a case, as one pure function: from the registration in force, what the BRP said, custody recorded by
// hand, the case's notifications and signals and the risk context, to the new case state and every change to its
// notifications and signals. Re-running it on the same facts changes nothing, so retries and redeliveries converge.
import type { BrpPersoon } from '../../../schemas/brp.ts';
import type { EmigrationDataT } from '../../../schemas/events.ts';
import { type AssessmentFacts, applyCase, unassessedCase } from '../case/decider.ts';
import type { CaseState, ClosedReason, RiskView } from '../case/model.ts';
import type { Registration } from '../case/registration.ts';
import type { Custody } from '../custody.ts';
import type { AbstractDatum, IsoDate } from '../date.ts';
import { isoOf } from '../decision.ts';
import { assessEligibility, type Eligibility } from '../eligibility.ts';
import type { NotificationState } from '../notification/model.ts';
import { assessRisk } from '../risk/assess.ts';
import type { SignalState } from '../signal/model.ts';
import { brpCustody, childViewOf, custodyOf, departureView } from './case-views.ts';
import { type NotificationPlan, type NotificationPlanInput, planNotifications } from './notifications.ts';
import { type RiskContext, riskFactsOf } from './risk-facts.ts';
import { planSignals, type SignalPlan, type SignalPlanInput } from './signals.ts';

/** What the BRP answered for the child and the people around it, or why it could not be used. */
export type BrpFacts = { child?: BrpPersoon; people: ReadonlyMap<string, BrpPersoon> } | { invalid: string };

export { brpCustody, custodyOf, departureView } from './case-views.ts';

export interface AssessmentInput {
  caseId: string;
  now: number;
  today: IsoDate;
  registration: Registration & { current: EmigrationDataT };
  closure: ClosedReason | null;
  existing: CaseState | null;
  notifications: readonly NotificationState[];
  signals: readonly SignalState[];
  /** Null when not asked: a case that ends before its first assessment is not looked up (data minimisation). */
  brp: BrpFacts | null;
  risk: Omit<RiskContext, 'today'>;
  settings: Pick<NotificationPlanInput, 'dueWorkingDays'> &
    Pick<SignalPlanInput, 'slaHours' | 'pushes'> & {
      ids: NotificationPlanInput['ids'] & SignalPlanInput['ids'];
    };
}

export interface AssessmentPlan {
  /** The case after this assessment; null when nothing changed (an ended case stays as it is). */
  case: CaseState | null;
  brpConsulted: boolean;
  eligibility: Eligibility | null;
  notifications: NotificationPlan;
  signals: SignalPlan;
}

const NOTHING: Pick<AssessmentPlan, 'notifications' | 'signals'> = {
  notifications: { created: [], changed: [], letters: [], needsManualCheck: false },
  signals: { created: [], changed: [], pushes: [] },
};

export function planAssessment(x: AssessmentInput): AssessmentPlan {
  const data = x.registration.current;
  const before = x.existing ?? unassessedCase(x.caseId, data.gemeenteVanInschrijving.code, x.now);
  if (before.status === 'ingetrokken' || before.status === 'afgesloten') {
    if (!x.closure) return { case: null, brpConsulted: false, eligibility: null, ...NOTHING };
    return x.brp ? planAmendment(x, before) : planClosure(x, before, x.notifications, x.signals);
  }
  if (!x.closure) return planOpen(x, before);
  // Ending without a new registration in force (the BRP was not asked): close what is there.
  if (x.existing && !x.brp) return planClosure(x, x.existing, x.notifications, x.signals);
  // Ending before its first assessment, or with corrections not yet assessed: first what in-order arrival would have
  // assessed, then its ending, so the outcome does not depend on which event arrived first (contract §2 v2).
  const assessed = planOpen({ ...x, closure: null }, before);
  if (!assessed.case) return assessed;
  const after = <T extends { id: string }>(existing: readonly T[], changed: T[], created: T[]) => [
    ...existing.map((e) => changed.find((c) => c.id === e.id) ?? e),
    ...created,
  ];
  const closed = planClosure(
    x,
    assessed.case,
    after(x.notifications, assessed.notifications.changed, assessed.notifications.created),
    after(x.signals, assessed.signals.changed, assessed.signals.created),
  );
  return {
    ...closed,
    brpConsulted: assessed.brpConsulted,
    eligibility: assessed.eligibility,
    ...composed(assessed, closed),
  };
}

/** The changes of two plans made one after the other: the later state of each row, created rows inserted once. */
function composed(first: AssessmentPlan, then: AssessmentPlan): Pick<AssessmentPlan, 'notifications' | 'signals'> {
  const merge = <T extends { id: string }>(a: { created: T[]; changed: T[] }, b: { changed: T[] }) => {
    const latest = (r: T) => b.changed.find((c) => c.id === r.id) ?? r;
    const created = a.created.map(latest);
    const changed = [...a.changed.filter((r) => !b.changed.some((c) => c.id === r.id)), ...b.changed].filter(
      (r) => !a.created.some((c) => c.id === r.id),
    );
    return { created, changed };
  };
  return {
    notifications: {
      ...merge(first.notifications, then.notifications),
      letters: [...first.notifications.letters, ...then.notifications.letters],
      needsManualCheck: first.notifications.needsManualCheck,
    },
    signals: { ...merge(first.signals, then.signals), pushes: [...first.signals.pushes, ...then.signals.pushes] },
  };
}

/**
 * A case that already ended still takes in a correction that arrived late: the registration in force and its risk are
 * what in-order arrival would have left, and its signals learn the facts; no letter goes out after the ending.
 */
function planAmendment(x: AssessmentInput, c: CaseState): AssessmentPlan {
  const amended = planOpen({ ...x, closure: null }, c, 'amend');
  if (!amended.case) return { case: null, brpConsulted: false, eligibility: null, ...NOTHING };
  // No letter goes out and no new recipient is told after the ending; those already signalled learn the facts.
  const changed = amended.signals.changed;
  const quiet: AssessmentPlan = {
    ...amended,
    notifications: NOTHING.notifications,
    signals: { created: [], changed, pushes: amended.signals.pushes.filter((p) => changed.some((s) => s.id === p.id)) },
  };
  const closed = planClosure(
    x,
    amended.case,
    x.notifications,
    x.signals.map((s) => changed.find((d) => d.id === s.id) ?? s),
  );
  return {
    ...closed,
    brpConsulted: amended.brpConsulted,
    eligibility: amended.eligibility,
    ...composed(quiet, closed),
  };
}

/** The registration ends (withdrawn, or the child settled here again): the case closes, its notices and signals too. */
function planClosure(
  x: AssessmentInput,
  c: CaseState,
  notifications: readonly NotificationState[],
  signals: readonly SignalState[],
): AssessmentPlan {
  const data = x.registration.current;
  const closure = x.closure as ClosedReason;
  const closed = applyCase(c, { type: 'close', at: x.now, reason: closure });
  const common = { caseId: x.caseId, now: x.now, closure };
  return {
    case: closed.ok ? closed.state : null,
    brpConsulted: false,
    eligibility: null,
    notifications: planNotifications({
      ...common,
      ...notificationBase(x, data),
      existing: notifications,
      eligibility: { outcome: 'niet-van-toepassing', reason: 'geen-gezamenlijk-gezag', recipients: [] },
      people: new Map(),
    }),
    signals: planSignals({
      ...common,
      ...signalBase(x),
      existing: signals,
      risk: c.risk ?? { niveau: 'geen', regelsetVersie: '', redenen: [] },
      child: c.child ?? { burgerservicenummer: data.burgerservicenummer },
      departure: c.departure ?? departureView(data),
      custody: c.custody,
      corrected: false,
    }),
  };
}

function planOpen(x: AssessmentInput, before: CaseState, command: 'assess' | 'amend' = 'assess'): AssessmentPlan {
  const data = x.registration.current;
  const brp = x.brp && !('invalid' in x.brp) ? x.brp : null;
  const child = brp?.child;
  const fresh = child ? brpCustody(child, data.burgerservicenummer, brp?.people) : null;
  const custody = custodyOf(before.custody, fresh, x.now);
  const declarantBsn = data.aangifte?.aangever?.burgerservicenummer;
  const registrationDate = registrationDateOf(x, data);
  const birth = child?.geboorte?.datum as AbstractDatum | undefined;
  const eligibility = eligibilityOf(x, data, !!child, birth, custody.decision);
  const risk: RiskView = assessRisk(
    riskFactsOf(
      {
        childBsn: data.burgerservicenummer,
        countryCode: data.verblijfadres.land.code,
        registrationDate,
        departure: data.datumAanvangAdresBuitenland,
        birth,
        eligibility: eligibility.outcome,
      },
      { ...x.risk, today: x.today },
    ),
  );
  const childView = childViewOf(data, child, birth);
  const departure = departureView(data);
  const notifications = planNotifications({
    ...notificationBase(x, data),
    caseId: x.caseId,
    now: x.now,
    closure: null,
    eligibility,
    child,
    declarant: declarantBsn ? brp?.people.get(declarantBsn) : undefined,
    people: brp?.people ?? new Map(),
  });
  const facts: AssessmentFacts = {
    status: statusOf(eligibility, notifications),
    municipalityCode: before.municipalityCode,
    childBsn: data.burgerservicenummer,
    declarantBsn: declarantBsn ?? null,
    countryCode: data.verblijfadres.land.code,
    registrationDate,
    child: childView,
    departure,
    custody: custody.view,
    assessment: {
      vanToepassing: eligibility.outcome === 'van-toepassing',
      reden: eligibility.reason,
      beoordeeldOp: isoOf(x.now),
      ...(x.brp && 'invalid' in x.brp ? { toelichting: x.brp.invalid } : {}),
    },
    risk,
  };
  const assessed = applyCase(
    before,
    command === 'assess' ? { type: 'assess', at: x.now, facts } : { type: 'amend', at: x.now, facts },
  );
  return {
    case: assessed.ok ? assessed.state : null,
    brpConsulted: x.brp !== null,
    eligibility,
    notifications,
    signals: planSignals({
      ...signalBase(x),
      caseId: x.caseId,
      now: x.now,
      closure: null,
      risk,
      child: childView,
      departure,
      custody: custody.view,
      declarantBsn: declarantBsn ?? null,
      corrected: x.registration.corrected,
    }),
  };
}

/** Whether the other holder must be told; an invalid BRP answer is never decided on, a person checks the case. */
function eligibilityOf(
  x: AssessmentInput,
  data: EmigrationDataT,
  childFound: boolean,
  birth: AbstractDatum | undefined,
  custody: Custody | null,
): Eligibility {
  if (x.brp && 'invalid' in x.brp)
    return { outcome: 'handmatige-controle', reason: 'brp-antwoord-ongeldig', recipients: [] };
  return assessEligibility({
    childFound,
    birthDate: birth,
    departureDate: data.datumAanvangAdresBuitenland,
    custody,
    declaration: {
      declarantBsn: data.aangifte?.aangever?.burgerservicenummer,
      coSignerBsns: (data.aangifte?.medeondertekenaars ?? []).map((m) => m.burgerservicenummer),
      writtenConsent: !!data.aangifte?.toestemmingsverklaringOverlegd,
    },
  });
}

/** Where the other holder must be told, the case is assessed unless a notice needs a person's check first. */
function statusOf(eligibility: Eligibility, notifications: NotificationPlan): AssessmentFacts['status'] {
  if (eligibility.outcome !== 'van-toepassing') return eligibility.outcome;
  return notifications.needsManualCheck ? 'handmatige-controle' : 'beoordeeld';
}

const notificationBase = (x: AssessmentInput, data: EmigrationDataT) => ({
  municipalityCode: x.existing?.municipalityCode ?? data.gemeenteVanInschrijving.code,
  current: data,
  existing: x.notifications,
  dueWorkingDays: x.settings.dueWorkingDays,
  ids: x.settings.ids,
});

const signalBase = (x: AssessmentInput) => ({
  existing: x.signals,
  slaHours: x.settings.slaHours,
  pushes: x.settings.pushes,
  ids: x.settings.ids,
  declarantBsn: x.existing?.declarantBsn ?? null,
});

function registrationDateOf(x: AssessmentInput, data: EmigrationDataT): IsoDate {
  return data.aangifte?.datum ?? (x.registration.root?.time ?? x.today).slice(0, 10);
}
