// A request for a preventive SIS alert (Regulation (EU) 2018/1862, Art. 32(1)(c)) handed to the competent
// authority. Vertreksignaal never places an alert itself; it records what it handed over and what came back.
import type { SisStatus } from '../../../schemas/domain.ts';

export interface SisRequestBody {
  beslissingskenmerk: string;
  rechtsgrond: string;
  motivering: string;
  reisdocumenten?: { soort: string; nummer: string }[];
}

export interface SisHistoryEntry {
  status: SisStatus | 'intrekking-bevestigd';
  op: string;
  door: string;
  kenmerk?: string;
  reden?: string;
}

export interface SisRequestState {
  id: string;
  signalId: string;
  caseId: string;
  /** The requesting organisation (rvdk-iko or ca-ika): the only one that may see or withdraw it. */
  organisation: string;
  status: SisStatus;
  /** Emptied by retention once the request has ended: travel-document numbers are personal data. */
  request: SisRequestBody | Record<string, never>;
  history: SisHistoryEntry[];
  reviewDate: string;
  createdBy: string;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** The authority's reference, once it acknowledged the hand-over. */
export const externalReference = (r: SisRequestState) => r.history.findLast((h) => h.kenmerk)?.kenmerk;
/** Withdrawn here, and the authority has not yet confirmed it. */
export const withdrawalPending = (r: SisRequestState) =>
  r.status === 'ingetrokken' && !r.history.some((h) => h.status === 'intrekking-bevestigd');
