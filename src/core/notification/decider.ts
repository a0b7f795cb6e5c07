// Decider for a kennisgeving: which command may change it from which status (one table), the events a command
// causes, and how an event changes the state. Every change of a notification, by an officer or by the system,
// goes through here.
import type { NotificationStatus } from '../../../schemas/domain.ts';
import { accept, applyCommand, type Decision, isoOf, refuse, type TransitionTable, transition } from '../decision.ts';
import type { DepartureFacts, FollowUp, NotificationState, Reaction, StoredRecipient } from './model.ts';

export type NotificationCommand =
  | { type: 'send'; by: string; at: number }
  | { type: 'hold'; by: string; at: number; reason: string }
  | { type: 'cancel'; by: string; at: number; reason: string }
  | { type: 'record-reaction'; at: number; reaction: Reaction }
  | { type: 'refresh'; at: number; recipient: StoredRecipient; holdReasons: string[] }
  | { type: 'system-cancel'; at: number; reason: string }
  | { type: 'request-follow-up'; at: number; followUp: FollowUp }
  | { type: 'attempt-delivery'; at: number }
  | { type: 'deliver'; at: number; channel: string; told: DepartureFacts }
  | { type: 'fail-delivery'; at: number; reason: string }
  | { type: 'settle-follow-up'; at: number; index: number; status: 'bezorgd' | 'mislukt'; reason?: string };

export type NotificationCommandType = NotificationCommand['type'];

const ALL: readonly NotificationStatus[] = [
  'te-beoordelen',
  'aangehouden',
  'verzonden',
  'bezorgd',
  'mislukt',
  'geannuleerd',
];

/** The allowed transitions. Sending is possible after review, from a hold an officer looked at, and after a failure. */
export const NOTIFICATION_TRANSITIONS: TransitionTable<NotificationCommandType, NotificationStatus> = Object.freeze({
  send: { from: ['te-beoordelen', 'aangehouden', 'mislukt'], to: 'verzonden' },
  hold: { from: ['te-beoordelen'], to: 'aangehouden' },
  cancel: { from: ['te-beoordelen', 'aangehouden', 'mislukt'], to: 'geannuleerd' },
  'record-reaction': { from: ['verzonden', 'bezorgd'], to: 'same' },
  refresh: { from: ['te-beoordelen', 'aangehouden'], to: 'same' },
  'system-cancel': { from: ['te-beoordelen', 'aangehouden', 'mislukt'], to: 'geannuleerd' },
  'request-follow-up': { from: ['verzonden', 'bezorgd'], to: 'same' },
  'attempt-delivery': { from: ['verzonden'], to: 'same' },
  deliver: { from: ['verzonden'], to: 'bezorgd' },
  'fail-delivery': { from: ['verzonden'], to: 'mislukt' },
  'settle-follow-up': { from: ALL, to: 'same' },
});

export type NotificationEvent =
  | { type: 'status-changed'; to: NotificationStatus; at: number; by: string; reason?: string }
  | { type: 'recipient-refreshed'; at: number; recipient: StoredRecipient; holdReasons: string[] }
  | { type: 'reaction-recorded'; at: number; reaction: Reaction }
  | { type: 'follow-up-requested'; at: number; followUp: FollowUp }
  | { type: 'delivery-attempted'; at: number }
  | { type: 'delivered'; at: number; channel: string; told: DepartureFacts }
  | { type: 'follow-up-settled'; at: number; index: number; status: 'bezorgd' | 'mislukt'; reason?: string };

const SYSTEM = 'systeem';

export function decideNotification(n: NotificationState, c: NotificationCommand): Decision<NotificationEvent> {
  const to = transition(NOTIFICATION_TRANSITIONS, c.type, n.status);
  if (to === null) {
    return refuse('conflict', `Deze actie kan niet bij een kennisgeving met status '${n.status}'.`, {
      currentStatus: n.status,
    });
  }
  switch (c.type) {
    case 'send':
      if (!n.recipient?.adres) {
        return refuse('conflict', 'De ontvanger heeft geen bruikbaar adres; controleer dit handmatig.', {
          currentStatus: n.status,
        });
      }
      return accept({ type: 'status-changed', to, at: c.at, by: c.by });
    case 'hold':
    case 'cancel':
      return accept({ type: 'status-changed', to, at: c.at, by: c.by, reason: c.reason });
    case 'system-cancel':
      return accept({ type: 'status-changed', to, at: c.at, by: SYSTEM, reason: c.reason });
    case 'record-reaction':
      return accept({ type: 'reaction-recorded', at: c.at, reaction: c.reaction });
    case 'refresh': {
      // A new safety hold stops a notice awaiting review; a hold that lifts leaves the officer's decision to them.
      const added = c.holdReasons.filter((h) => !n.holdReasons.includes(h));
      const events: NotificationEvent[] = [
        { type: 'recipient-refreshed', at: c.at, recipient: c.recipient, holdReasons: c.holdReasons },
      ];
      if (n.status === 'te-beoordelen' && added.length) {
        events.push({ type: 'status-changed', to: 'aangehouden', at: c.at, by: SYSTEM, reason: added.join(', ') });
      }
      return accept(...events);
    }
    case 'request-follow-up':
      return accept({ type: 'follow-up-requested', at: c.at, followUp: c.followUp });
    case 'attempt-delivery':
      return accept({ type: 'delivery-attempted', at: c.at });
    case 'deliver':
      return accept({ type: 'delivered', at: c.at, channel: c.channel, told: c.told });
    case 'fail-delivery':
      return accept({ type: 'status-changed', to, at: c.at, by: SYSTEM, reason: c.reason });
    case 'settle-follow-up':
      if (!n.followUps[c.index]) return refuse('not-found', 'Deze vervolgbrief bestaat niet.');
      return accept({ type: 'follow-up-settled', at: c.at, index: c.index, status: c.status, reason: c.reason });
  }
}

export function evolveNotification(n: NotificationState, e: NotificationEvent): NotificationState {
  const base = { ...n, updatedAt: e.at };
  switch (e.type) {
    case 'status-changed':
      return {
        ...base,
        status: e.to,
        history: [
          ...n.history,
          { status: e.to, op: isoOf(e.at), door: e.by, ...(e.reason ? { reden: e.reason } : {}) },
        ],
        lastError: e.to === 'mislukt' ? (e.reason ?? null) : n.lastError,
      };
    case 'recipient-refreshed':
      return { ...base, recipient: e.recipient, holdReasons: e.holdReasons };
    case 'reaction-recorded':
      return { ...base, reaction: e.reaction };
    case 'follow-up-requested':
      return { ...base, followUps: [...n.followUps, e.followUp] };
    case 'delivery-attempted':
      return { ...base, deliveryAttempts: n.deliveryAttempts + 1 };
    case 'delivered':
      return {
        ...base,
        status: 'bezorgd',
        channel: e.channel,
        lastError: null,
        history: [...n.history, { status: 'bezorgd', op: isoOf(e.at), door: SYSTEM, reden: e.channel }],
        recipient: n.recipient ? { ...n.recipient, verzondenVertrek: e.told } : n.recipient,
      };
    case 'follow-up-settled':
      return {
        ...base,
        followUps: n.followUps.map((f, i) =>
          i === e.index ? { ...f, status: e.status, ...(e.reason ? { reden: e.reason } : {}) } : f,
        ),
      };
  }
}

export const applyNotification = (n: NotificationState, c: NotificationCommand) =>
  applyCommand(decideNotification, evolveNotification, n, c);
