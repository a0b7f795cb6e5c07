// An aandachtsmarkering: RvdK IKO or Ca IKA marks a child until a date; a departure of a marked child is urgent.
// Only the organisation that set a marking ends it; an ended marking stays ended.
import type { IsoDate } from '../date.ts';
import { accept, applyCommand, type Decision, refuse, type TransitionTable, transition } from '../decision.ts';

export type WatchMarkingStatus = 'actief' | 'beeindigd';

export interface WatchMarkingState {
  id: string;
  childBsn: string;
  reason: string;
  validUntil: IsoDate;
  organisation: string;
  createdBy: string;
  createdAt: number;
  removedAt: number | null;
  version: number;
}

export const statusOf = (m: WatchMarkingState): WatchMarkingStatus => (m.removedAt === null ? 'actief' : 'beeindigd');
/** Counts for the risk rules: not ended, and not past its date. */
export const isActive = (m: Pick<WatchMarkingState, 'removedAt' | 'validUntil'>, today: IsoDate) =>
  m.removedAt === null && m.validUntil >= today;

export type WatchMarkingCommand = { type: 'end'; at: number; organisation: string };
export type WatchMarkingEvent = { type: 'ended'; at: number };

export const WATCH_MARKING_TRANSITIONS: TransitionTable<WatchMarkingCommand['type'], WatchMarkingStatus> =
  Object.freeze({
    end: { from: ['actief'], to: 'beeindigd' },
  });

export function decideWatchMarking(m: WatchMarkingState, c: WatchMarkingCommand): Decision<WatchMarkingEvent> {
  if (c.organisation !== m.organisation) return refuse('forbidden', 'Deze markering is van een andere organisatie.');
  if (transition(WATCH_MARKING_TRANSITIONS, c.type, statusOf(m)) === null)
    return refuse('not-found', 'Markering niet gevonden.');
  return accept({ type: 'ended', at: c.at });
}

export const evolveWatchMarking = (m: WatchMarkingState, e: WatchMarkingEvent): WatchMarkingState => ({
  ...m,
  removedAt: e.at,
});

export const applyWatchMarking = (m: WatchMarkingState, c: WatchMarkingCommand) =>
  applyCommand(decideWatchMarking, evolveWatchMarking, m, c);
