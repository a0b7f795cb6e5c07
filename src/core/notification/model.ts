// The kennisgeving (the municipality's notice to a custody holder who was not involved) as the domain sees it.
import type { NotificationStatus, ReactionChannel, ReactionKind } from '../../../schemas/domain.ts';
import type { PostalAddress } from '../address.ts';

export interface HistoryEntry {
  status: string;
  op: string;
  door: string;
  reden?: string;
}

/** Date and country as a letter told them; a correction that changes either gets a follow-up letter. */
export interface DepartureFacts {
  datumLangFormaat: string;
  landOmschrijving: string;
}

export type FollowUpKind = 'correctie' | 'intrekking' | 'immigratie';

export interface FollowUp {
  soort: FollowUpKind;
  op: string;
  status: 'in-afwachting' | 'bezorgd' | 'mislukt';
  vorige?: DepartureFacts;
  aangekondigd?: DepartureFacts;
  reden?: string;
}

export interface StoredRecipient {
  burgerservicenummer: string;
  naam?: string;
  adres: PostalAddress | null;
  geheimhouding?: boolean;
  /** What the first letter told the recipient; set when it was delivered. */
  verzondenVertrek?: DepartureFacts;
}

/** The other custody holder's answer, as the officer recorded it. */
export interface Reaction {
  reactie: ReactionKind;
  ontvangenOp: string;
  kanaal: ReactionChannel;
  toelichting?: string;
  door: string;
  vastgelegdOp: string;
}

export interface NotificationState {
  id: string;
  caseId: string;
  municipalityCode: string;
  recipientBsn: string | null;
  recipient: StoredRecipient | null;
  status: NotificationStatus;
  holdReasons: string[];
  reference: string;
  dueDate: string;
  channel: string | null;
  deliveryAttempts: number;
  lastError: string | null;
  history: HistoryEntry[];
  followUps: FollowUp[];
  reaction: Reaction | null;
  /** Optimistic concurrency: the version read; a commit succeeds only if it is still current. */
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** Not yet decided by an officer: the work queue's "te beoordelen" and "aangehouden". */
export const PENDING: readonly NotificationStatus[] = ['te-beoordelen', 'aangehouden'];
/** Sent to the recipient: later changes to the registration reach them as follow-up letters. */
export const SENT: readonly NotificationStatus[] = ['verzonden', 'bezorgd'];
/** Live: not cancelled; at most one per recipient per case. */
export const isLive = (n: Pick<NotificationState, 'status'>) => n.status !== 'geannuleerd';
