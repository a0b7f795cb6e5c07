// Decider for a signal: the recipient picks it up and closes it with an outcome; the system updates it when the
// case is re-assessed, closes it when the registration ends or the level no longer routes to the recipient, and
// reopens what it closed itself when the level routes there again. Every change is pushed when a webhook is set.
import type { SignalStatus, SystemClosure } from '../../../schemas/domain.ts';
import { accept, applyCommand, type Decision, isoOf, refuse, type TransitionTable, transition } from '../decision.ts';
import type { RiskLevel } from '../risk/level.ts';
import { closedBySystem, type SignalState, type SignalUpdateKind } from './model.ts';

export type SignalCommand =
  | { type: 'pick-up'; by: string; at: number }
  | { type: 'close'; by: string; at: number; outcome: string; explanation?: string }
  | { type: 'update'; at: number; kind: SignalUpdateKind; level: RiskLevel; view: SignalState['view']; push: boolean }
  | { type: 'system-close'; at: number; reason: SystemClosure; push: boolean }
  | { type: 'reopen'; at: number; level: RiskLevel; view: SignalState['view']; slaDueAt: number; push: boolean }
  | { type: 'attempt-delivery'; at: number }
  | { type: 'confirm-delivery'; at: number }
  | { type: 'dead-letter'; at: number };

export type SignalCommandType = SignalCommand['type'];
const ALL: readonly SignalStatus[] = ['nieuw', 'in-behandeling', 'afgesloten'];

export const SIGNAL_TRANSITIONS: TransitionTable<SignalCommandType, SignalStatus> = Object.freeze({
  'pick-up': { from: ['nieuw'], to: 'in-behandeling' },
  close: { from: ['nieuw', 'in-behandeling'], to: 'afgesloten' },
  update: { from: ALL, to: 'same' },
  // Already closed: the recipient is still told why the case ended.
  'system-close': { from: ALL, to: 'afgesloten' },
  reopen: { from: ['afgesloten'], to: 'nieuw' },
  'attempt-delivery': { from: ALL, to: 'same' },
  'confirm-delivery': { from: ALL, to: 'same' },
  'dead-letter': { from: ALL, to: 'same' },
});

export type SignalEvent =
  | { type: 'picked-up'; at: number; by: string }
  | { type: 'closed'; at: number; by: string; outcome: string; explanation?: string }
  | { type: 'updated'; at: number; kind: SignalUpdateKind; level: RiskLevel; view: SignalState['view'] }
  | { type: 'reopened'; at: number; level: RiskLevel; view: SignalState['view']; slaDueAt: number }
  | { type: 'push-requested'; at: number }
  | { type: 'delivery-attempted'; at: number }
  | { type: 'delivered'; at: number }
  | { type: 'dead-lettered'; at: number };

const SYSTEM = 'systeem';
const SYSTEM_TEXT: Record<SystemClosure, string> = {
  'registratie-ingetrokken': 'Automatisch afgesloten: de registratie van het vertrek is ingetrokken.',
  'kind-weer-in-nederland': 'Automatisch afgesloten: het kind is weer in Nederland ingeschreven.',
  'niveau-verlaagd': 'Automatisch afgesloten: na herbeoordeling is dit signaal niet meer voor uw organisatie bestemd.',
};

export function decideSignal(s: SignalState, c: SignalCommand): Decision<SignalEvent> {
  const to = transition(SIGNAL_TRANSITIONS, c.type, s.status);
  if (to === null)
    return refuse('conflict', `Deze actie kan niet bij een signaal met status '${s.status}'.`, {
      currentStatus: s.status,
    });
  const push = (p: boolean): SignalEvent[] => (p ? [{ type: 'push-requested', at: c.at }] : []);
  switch (c.type) {
    case 'pick-up':
      return accept({ type: 'picked-up', at: c.at, by: c.by });
    case 'close':
      return accept({ type: 'closed', at: c.at, by: c.by, outcome: c.outcome, explanation: c.explanation });
    case 'update':
      return accept({ type: 'updated', at: c.at, kind: c.kind, level: c.level, view: c.view }, ...push(c.push));
    case 'system-close': {
      if (s.updates.some((u) => u.soort === c.reason)) return accept();
      const closing: SignalEvent[] =
        s.status === 'afgesloten'
          ? []
          : [{ type: 'closed', at: c.at, by: SYSTEM, outcome: c.reason, explanation: SYSTEM_TEXT[c.reason] }];
      return accept(
        ...closing,
        { type: 'updated', at: c.at, kind: c.reason, level: s.level, view: s.view },
        ...push(c.push),
      );
    }
    case 'reopen':
      if (!closedBySystem(s))
        return refuse('conflict', 'Een signaal dat de ontvanger zelf afsloot, wordt niet heropend.', {
          currentStatus: s.status,
        });
      return accept(
        { type: 'reopened', at: c.at, level: c.level, view: c.view, slaDueAt: c.slaDueAt },
        ...push(c.push),
      );
    case 'attempt-delivery':
      return accept({ type: 'delivery-attempted', at: c.at });
    case 'confirm-delivery':
      return accept({ type: 'delivered', at: c.at });
    case 'dead-letter':
      return accept({ type: 'dead-lettered', at: c.at });
  }
}

export function evolveSignal(s: SignalState, e: SignalEvent): SignalState {
  const base = { ...s, updatedAt: e.at };
  switch (e.type) {
    case 'picked-up':
      return { ...base, status: 'in-behandeling', pickedUpAt: e.at };
    case 'closed':
      return {
        ...base,
        status: 'afgesloten',
        closedAt: e.at,
        outcome: {
          uitkomst: e.outcome,
          ...(e.explanation ? { toelichting: e.explanation } : {}),
          door: e.by,
          op: isoOf(e.at),
        },
      };
    case 'updated':
      return {
        ...base,
        level: e.level,
        view: e.view,
        updates: [...s.updates, { soort: e.kind, op: isoOf(e.at), niveau: e.level }],
      };
    case 'reopened':
      return {
        ...base,
        status: 'nieuw',
        level: e.level,
        view: e.view,
        slaDueAt: e.slaDueAt,
        outcome: null,
        closedAt: null,
        pickedUpAt: null,
        updates: [...s.updates, { soort: 'heropend', op: isoOf(e.at), niveau: e.level }],
      };
    case 'push-requested':
      return { ...base, delivery: 'in-afwachting' };
    case 'delivery-attempted':
      return { ...base, deliveryAttempts: s.deliveryAttempts + 1 };
    case 'delivered':
      return { ...base, delivery: 'afgeleverd' };
    case 'dead-lettered':
      return { ...base, delivery: 'dead-letter' };
  }
}

export const applySignal = (s: SignalState, c: SignalCommand) => applyCommand(decideSignal, evolveSignal, s, c);

/** The sequence number of the push an event requested: 0 for the signal itself, n for its n-th update. */
export const pushSequence = (s: SignalState) => s.updates.length;
