// Decider for a SIS request: handed over (aangeboden), taken up by the authority (in-behandeling), placed or
// refused, and withdrawn by the requester or by the system when the case ends (the withdrawal is then handed to the
// authority, which confirms it). Statuses as in contract §5 (v2).
import type { SisStatus } from '../../../schemas/domain.ts';
import { accept, applyCommand, type Decision, isoOf, refuse, type TransitionTable, transition } from '../decision.ts';
import { type SisRequestState, withdrawalPending } from './model.ts';

export type SisCommand =
  | { type: 'acknowledge'; at: number; reference: string; status: 'in-behandeling' | 'geplaatst' | 'afgewezen' }
  | { type: 'report'; at: number; status: 'in-behandeling' | 'geplaatst' | 'afgewezen' }
  | { type: 'withdraw'; at: number; by: string; reason: string }
  | { type: 'confirm-withdrawal'; at: number };

export type SisCommandType = SisCommand['type'];
const OPEN: readonly SisStatus[] = ['aangeboden', 'in-behandeling', 'geplaatst'];

export const SIS_TRANSITIONS: TransitionTable<SisCommandType, SisStatus> = Object.freeze({
  acknowledge: { from: ['aangeboden'], to: 'same' },
  report: { from: ['aangeboden', 'in-behandeling', 'geplaatst'], to: 'same' },
  withdraw: { from: OPEN, to: 'ingetrokken' },
  // The authority confirms it removed the alert or stopped handling the request.
  'confirm-withdrawal': { from: ['ingetrokken'], to: 'same' },
});

export type SisEvent =
  | { type: 'acknowledged'; at: number; reference: string; status: SisStatus }
  | { type: 'status-reported'; at: number; status: SisStatus }
  | { type: 'withdrawn'; at: number; by: string; reason: string }
  | { type: 'withdrawal-confirmed'; at: number };

const AUTHORITY = 'sis-overdracht';

export function decideSis(r: SisRequestState, c: SisCommand): Decision<SisEvent> {
  const to = transition(SIS_TRANSITIONS, c.type, r.status);
  if (to === null)
    return refuse('conflict', `Deze actie kan niet bij een SIS-verzoek met status '${r.status}'.`, {
      currentStatus: r.status,
    });
  switch (c.type) {
    case 'acknowledge':
      return accept({ type: 'acknowledged', at: c.at, reference: c.reference, status: c.status });
    case 'report':
      if (c.status === r.status) return accept();
      return accept({ type: 'status-reported', at: c.at, status: c.status });
    case 'withdraw':
      return accept({ type: 'withdrawn', at: c.at, by: c.by, reason: c.reason });
    case 'confirm-withdrawal':
      if (!withdrawalPending(r)) return accept();
      return accept({ type: 'withdrawal-confirmed', at: c.at });
  }
}

export function evolveSis(r: SisRequestState, e: SisEvent): SisRequestState {
  const base = { ...r, updatedAt: e.at };
  switch (e.type) {
    case 'acknowledged':
      return {
        ...base,
        status: e.status,
        history: [...r.history, { status: e.status, op: isoOf(e.at), door: AUTHORITY, kenmerk: e.reference }],
      };
    case 'status-reported':
      return {
        ...base,
        status: e.status,
        history: [...r.history, { status: e.status, op: isoOf(e.at), door: AUTHORITY }],
      };
    case 'withdrawn':
      return {
        ...base,
        status: 'ingetrokken',
        history: [...r.history, { status: 'ingetrokken', op: isoOf(e.at), door: e.by, reden: e.reason }],
      };
    case 'withdrawal-confirmed':
      return { ...base, history: [...r.history, { status: 'intrekking-bevestigd', op: isoOf(e.at), door: AUTHORITY }] };
  }
}

export const applySis = (r: SisRequestState, c: SisCommand) => applyCommand(decideSis, evolveSis, r, c);
