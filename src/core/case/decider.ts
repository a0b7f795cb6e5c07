// Decider for a departure case: assessed (and re-assessed) from its events and the BRP, custody recorded by hand
// when the BRP could not determine it, closed when the registration is withdrawn or the child settles here again.
import type { CaseStatus } from '../../../schemas/domain.ts';
import { accept, applyCommand, type Decision, refuse, type TransitionTable, transition } from '../decision.ts';
import type {
  AssessmentView,
  CaseState,
  ChildView,
  ClosedReason,
  CustodyView,
  DepartureView,
  RiskView,
} from './model.ts';

export interface AssessmentFacts {
  status: 'beoordeeld' | 'niet-van-toepassing' | 'handmatige-controle';
  municipalityCode: string;
  childBsn: string;
  declarantBsn: string | null;
  countryCode: string;
  registrationDate: string;
  child: ChildView;
  departure: DepartureView;
  custody: CustodyView | null;
  assessment: AssessmentView;
  risk: RiskView;
}

export type CaseCommand =
  | { type: 'assess'; at: number; facts: AssessmentFacts }
  | { type: 'record-custody'; at: number; custody: CustodyView }
  | { type: 'close'; at: number; reason: ClosedReason }
  | { type: 'amend'; at: number; facts: AssessmentFacts };

export type CaseCommandType = CaseCommand['type'];
const OPEN: readonly CaseStatus[] = ['ontvangen', 'beoordeeld', 'niet-van-toepassing', 'handmatige-controle'];

export const CASE_TRANSITIONS: TransitionTable<CaseCommandType, CaseStatus> = Object.freeze({
  assess: { from: OPEN, to: ['beoordeeld', 'niet-van-toepassing', 'handmatige-controle'] },
  // Only where the BRP could not determine custody: an officer never overrides custody the BRP determined.
  'record-custody': { from: ['handmatige-controle'], to: 'same' },
  // Also from an ended case: the event that came first in time decides why it ended, whichever arrived first.
  close: { from: [...OPEN, 'ingetrokken', 'afgesloten'], to: ['ingetrokken', 'afgesloten'] },
  // A late correction of an ended case: the registration in force and its risk change, the status does not.
  amend: { from: ['ingetrokken', 'afgesloten'], to: 'same' },
});

export type CaseEvent =
  | { type: 'assessed'; at: number; facts: AssessmentFacts }
  | { type: 'custody-recorded'; at: number; custody: CustodyView }
  | { type: 'closed'; at: number; reason: ClosedReason }
  | { type: 'amended'; at: number; facts: AssessmentFacts };

export const closedStatus = (reason: ClosedReason): CaseStatus =>
  reason === 'ingetrokken' ? 'ingetrokken' : 'afgesloten';

export function decideCase(c: CaseState, cmd: CaseCommand): Decision<CaseEvent> {
  const target = cmd.type === 'assess' ? cmd.facts.status : cmd.type === 'close' ? closedStatus(cmd.reason) : undefined;
  if (transition(CASE_TRANSITIONS, cmd.type, c.status, target) === null) {
    return refuse('conflict', `Deze actie kan niet bij een vertrekmelding met status '${c.status}'.`, {
      currentStatus: c.status,
    });
  }
  switch (cmd.type) {
    case 'assess':
      return accept({ type: 'assessed', at: cmd.at, facts: cmd.facts });
    case 'record-custody':
      return accept({ type: 'custody-recorded', at: cmd.at, custody: cmd.custody });
    case 'close':
      return accept({ type: 'closed', at: cmd.at, reason: cmd.reason });
    case 'amend':
      return accept({ type: 'amended', at: cmd.at, facts: cmd.facts });
  }
}

export function evolveCase(c: CaseState, e: CaseEvent): CaseState {
  switch (e.type) {
    case 'assessed':
      return { ...c, ...e.facts, updatedAt: e.at, createdAt: c.version === 0 ? e.at : c.createdAt };
    case 'custody-recorded':
      return { ...c, custody: e.custody, updatedAt: e.at };
    case 'closed':
      return { ...c, status: closedStatus(e.reason), closedReason: e.reason, closedAt: e.at, updatedAt: e.at };
    case 'amended': {
      const { status: _, ...facts } = e.facts;
      return { ...c, ...facts, updatedAt: e.at };
    }
  }
}

export const applyCase = (c: CaseState, cmd: CaseCommand) => applyCommand(decideCase, evolveCase, c, cmd);

/** The state of a case whose events are stored but that was never assessed. */
export function unassessedCase(id: string, municipalityCode: string, at: number): CaseState {
  return {
    id,
    status: 'ontvangen',
    municipalityCode,
    childBsn: null,
    declarantBsn: null,
    countryCode: null,
    registrationDate: null,
    child: null,
    departure: null,
    custody: null,
    assessment: null,
    risk: null,
    closedReason: null,
    closedAt: null,
    version: 0,
    createdAt: at,
    updatedAt: at,
    purgedAt: null,
  };
}
