// What happened to a departure case and when, rebuilt from what is stored: the BRP events, the custody answer,
// the assessment, every step of each notification and each signal, and the closure. Pure; the words are the pages'.
import type { NotificationStatus, ReactionKind, Recipient } from '../../../schemas/domain.ts';
import type { FollowUpKind, NotificationState } from '../notification/model.ts';
import type { RiskLevel } from '../risk/level.ts';
import type { SignalState, SignalUpdateKind } from '../signal/model.ts';
import type { CaseState, ClosedReason } from './model.ts';

interface Base {
  /** ISO timestamp. */
  at: string;
}

export type CaseHistoryEntry = Base &
  (
    | { kind: 'event'; eventType: string }
    | { kind: 'received' }
    | { kind: 'custody'; source: 'brp' | 'handmatig'; known: boolean; by?: string }
    | { kind: 'custody-differs' }
    | { kind: 'assessed'; applies: boolean; reason: string }
    | {
        kind: 'notification';
        notificationId: string;
        recipient?: string;
        status: NotificationStatus | string;
        by: string;
        reason?: string;
      }
    | { kind: 'follow-up'; notificationId: string; recipient?: string; followUp: FollowUpKind }
    | { kind: 'reaction'; notificationId: string; recipient?: string; reaction: ReactionKind; by: string }
    | { kind: 'signal'; signalId: string; recipient: Recipient; level?: RiskLevel }
    | { kind: 'signal-picked-up'; signalId: string; recipient: Recipient }
    | { kind: 'signal-update'; signalId: string; recipient: Recipient; update: SignalUpdateKind; level?: RiskLevel }
    | { kind: 'signal-closed'; signalId: string; recipient: Recipient; outcome: string }
    | { kind: 'closed'; reason: ClosedReason }
  );

export interface CaseHistoryInput {
  case: CaseState;
  /** The BRP events joined to this case: their type and the time the BRP gave them. */
  events: readonly { type: string; time: string | null }[];
  notifications: readonly NotificationState[];
  signals: readonly SignalState[];
}

const iso = (ms: number) => new Date(ms).toISOString();

function notificationEntries(n: NotificationState): CaseHistoryEntry[] {
  const recipient = n.recipient?.naam;
  const who = { notificationId: n.id, ...(recipient ? { recipient } : {}) };
  return [
    ...n.history.map((h) => ({
      at: h.op,
      kind: 'notification' as const,
      ...who,
      status: h.status,
      by: h.door,
      ...(h.reden ? { reason: h.reden } : {}),
    })),
    ...n.followUps.map((f) => ({ at: f.op, kind: 'follow-up' as const, ...who, followUp: f.soort })),
    ...(n.reaction
      ? [
          {
            at: n.reaction.vastgelegdOp,
            kind: 'reaction' as const,
            ...who,
            reaction: n.reaction.reactie,
            by: n.reaction.door,
          },
        ]
      : []),
  ];
}

function signalEntries(s: SignalState): CaseHistoryEntry[] {
  const who = { signalId: s.id, recipient: s.recipient };
  // The level at creation is stored only until an update changes it; then the updates tell the levels.
  const changed = s.updates.some((u) => u.niveau);
  const out: CaseHistoryEntry[] = [
    { at: iso(s.createdAt), kind: 'signal', ...who, ...(changed ? {} : { level: s.level }) },
  ];
  if (s.pickedUpAt !== null) out.push({ at: iso(s.pickedUpAt), kind: 'signal-picked-up', ...who });
  for (const u of s.updates) {
    out.push({ at: u.op, kind: 'signal-update', ...who, update: u.soort, ...(u.niveau ? { level: u.niveau } : {}) });
  }
  if (s.closedAt !== null && s.outcome) {
    out.push({ at: iso(s.closedAt), kind: 'signal-closed', ...who, outcome: s.outcome.uitkomst });
  }
  return out;
}

/** Every entry, oldest first; entries at the same moment keep the order in which they happened. */
export function buildCaseHistory(x: CaseHistoryInput): CaseHistoryEntry[] {
  const c = x.case;
  const entries: CaseHistoryEntry[] = [
    ...x.events.flatMap((e) => (e.time ? [{ at: e.time, kind: 'event' as const, eventType: e.type }] : [])),
    { at: iso(c.createdAt), kind: 'received' },
  ];
  if (c.custody) {
    entries.push({
      at: c.custody.bepaaldOp,
      kind: 'custody',
      source: c.custody.bron ?? 'brp',
      known: c.custody.bekend,
      ...(c.custody.vastgelegdDoor ? { by: c.custody.vastgelegdDoor } : {}),
    });
    if (c.custody.brpAfwijking) entries.push({ at: c.custody.brpAfwijking.op, kind: 'custody-differs' });
  }
  if (c.assessment) {
    entries.push({
      at: c.assessment.beoordeeldOp,
      kind: 'assessed',
      applies: c.assessment.vanToepassing,
      reason: c.assessment.reden,
    });
  }
  entries.push(...x.notifications.flatMap(notificationEntries), ...x.signals.flatMap(signalEntries));
  if (c.closedReason && c.closedAt !== null)
    entries.push({ at: iso(c.closedAt), kind: 'closed', reason: c.closedReason });
  // A stable sort on the instant: ISO strings of different precision compare wrongly as text.
  return entries
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => (a.t || 0) - (b.t || 0) || a.i - b.i)
    .map(({ e }) => e);
}
