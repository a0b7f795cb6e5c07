// A signal to Ca IKA, RvdK IKO or CIKO as the domain sees it: the least-data view for that recipient, its
// handling by the recipient, and every later change the recipient was told about.
import type { DeliveryState, Recipient, SignalStatus, SystemClosure } from '../../../schemas/domain.ts';
import type { RiskLevel } from '../risk/level.ts';
import type { CaseSignalView, CikoSignalView } from '../risk/views.ts';

export type SignalUpdateKind = 'gecorrigeerd' | 'herbeoordeeld' | 'heropend' | SystemClosure;

export interface SignalUpdate {
  soort: SignalUpdateKind;
  op: string;
  niveau?: RiskLevel;
}

export interface SignalOutcomeRecord {
  /** Preferably from the published vocabulary (SIGNAL_OUTCOMES), or a system closure. */
  uitkomst: string;
  toelichting?: string;
  door: string;
  op: string;
}

export interface SignalState {
  id: string;
  caseId: string;
  recipient: Recipient;
  level: RiskLevel;
  status: SignalStatus;
  view: CikoSignalView | CaseSignalView | Record<string, never>;
  slaDueAt: number;
  delivery: DeliveryState;
  deliveryAttempts: number;
  outcome: SignalOutcomeRecord | null;
  updates: SignalUpdate[];
  pickedUpAt: number | null;
  closedAt: number | null;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** Closed by the system (not by a caseworker): the only closure a later re-assessment may reopen. */
export const closedBySystem = (s: SignalState) => s.status === 'afgesloten' && s.outcome?.door === 'systeem';
