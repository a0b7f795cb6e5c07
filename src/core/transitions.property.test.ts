// The deciders obey their transition tables, exactly: for every status and command a decider accepts a command iff its
// table allows it from that status, and the status it leads to is the one the table names. Random command sequences
// never leave the declared statuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, NOTIFICATION_STATUSES, SIGNAL_STATUSES, SIS_STATUSES } from '../../schemas/domain.ts';
import { applyCase, CASE_TRANSITIONS, type CaseCommand, unassessedCase } from './case/decider.ts';
import { transition } from './decision.ts';
import { applyNotification, NOTIFICATION_TRANSITIONS, type NotificationCommand } from './notification/decider.ts';
import type { NotificationState } from './notification/model.ts';
import { applySignal, SIGNAL_TRANSITIONS, type SignalCommand } from './signal/decider.ts';
import type { SignalState } from './signal/model.ts';
import { applySis, SIS_TRANSITIONS, type SisCommand } from './sis/decider.ts';
import type { SisRequestState } from './sis/model.ts';

const notification = (status: NotificationState['status']): NotificationState => ({
  id: 'n',
  caseId: 'c',
  municipalityCode: '0363',
  recipientBsn: '999990020',
  status,
  holdReasons: [],
  reference: 'VS-1',
  recipient: {
    burgerservicenummer: '999990020',
    naam: 'B',
    adres: { naam: 'B', adresregels: ['Straat 1', '1000 AA PLAATS'] },
  },
  dueDate: '2026-12-01',
  channel: null,
  deliveryAttempts: 0,
  lastError: null,
  history: [],
  reaction: null,
  version: 1,
  createdAt: 0,
  updatedAt: 0,
  followUps: [{ soort: 'correctie', op: '', status: 'in-afwachting' }],
});
const notificationCommand = fc.constantFrom<NotificationCommand>(
  { type: 'send', by: 'a', at: 1 },
  { type: 'hold', by: 'a', at: 1, reason: 'r' },
  { type: 'cancel', by: 'a', at: 1, reason: 'r' },
  {
    type: 'record-reaction',
    at: 1,
    reaction: { reactie: 'akkoord', ontvangenOp: '2026-11-23', kanaal: 'brief', door: 'a', vastgelegdOp: '' },
  },
  {
    type: 'refresh',
    at: 1,
    recipient: { burgerservicenummer: '999990020', adres: null },
    holdReasons: ['geen-bruikbaar-adres'],
  },
  { type: 'system-cancel', at: 1, reason: 'r' },
  { type: 'request-follow-up', at: 1, followUp: { soort: 'intrekking', op: '', status: 'in-afwachting' } },
  { type: 'attempt-delivery', at: 1 },
  { type: 'deliver', at: 1, channel: 'post', told: { datumLangFormaat: 'x', landOmschrijving: 'y' } },
  { type: 'fail-delivery', at: 1, reason: 'r' },
  { type: 'settle-follow-up', at: 1, index: 0, status: 'bezorgd' },
);

const signal = (status: SignalState['status'], bySystem = false): SignalState => ({
  id: 's',
  caseId: 'c',
  recipient: 'rvdk-iko',
  level: 'hoog',
  status,
  view: {},
  slaDueAt: 0,
  delivery: 'niet-geconfigureerd',
  deliveryAttempts: 0,
  outcome:
    status === 'afgesloten'
      ? { uitkomst: bySystem ? 'niveau-verlaagd' : 'onterecht', door: bySystem ? 'systeem' : 'a', op: '' }
      : null,
  updates: [],
  pickedUpAt: null,
  closedAt: null,
  version: 1,
  createdAt: 0,
  updatedAt: 0,
});
const signalCommand = fc.constantFrom<SignalCommand>(
  { type: 'pick-up', by: 'a', at: 1 },
  { type: 'close', by: 'a', at: 1, outcome: 'onterecht' },
  { type: 'update', at: 1, kind: 'herbeoordeeld', level: 'urgent', view: {}, push: true },
  { type: 'system-close', at: 1, reason: 'registratie-ingetrokken', push: false },
  { type: 'reopen', at: 1, level: 'hoog', view: {}, slaDueAt: 5, push: false },
  { type: 'attempt-delivery', at: 1 },
  { type: 'confirm-delivery', at: 1 },
  { type: 'dead-letter', at: 1 },
);

const sis = (status: SisRequestState['status']): SisRequestState => ({
  id: 'r',
  signalId: 's',
  caseId: 'c',
  organisation: 'rvdk-iko',
  status,
  request: {},
  history: [],
  reviewDate: '',
  createdBy: 'a',
  version: 1,
  createdAt: 0,
  updatedAt: 0,
});
const sisCommand = fc.constantFrom<SisCommand>(
  { type: 'acknowledge', at: 1, reference: 'x', status: 'in-behandeling' },
  { type: 'report', at: 1, status: 'geplaatst' },
  { type: 'withdraw', at: 1, by: 'a', reason: 'r' },
  { type: 'confirm-withdrawal', at: 1 },
);

describe('transition tables', () => {
  it('notifications: a command is accepted iff the table allows it, and leads where the table says', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOTIFICATION_STATUSES), notificationCommand, (status, c) => {
        const allowed = transition(NOTIFICATION_TRANSITIONS, c.type, status);
        const r = applyNotification(notification(status), c);
        // Sending needs an address too; the fixture has one, so only the table decides here.
        expect(r.ok).toBe(allowed !== null);
        if (r.ok && c.type !== 'refresh' && c.type !== 'deliver') expect(r.state.status).toBe(allowed);
      }),
    );
  });

  it('notifications: any sequence of commands keeps a declared status and a history that only grows', () => {
    fc.assert(
      fc.property(fc.array(notificationCommand, { maxLength: 12 }), (commands) => {
        let n = notification('te-beoordelen');
        for (const c of commands) {
          const r = applyNotification(n, c);
          if (!r.ok) continue;
          expect(r.state.history.length).toBeGreaterThanOrEqual(n.history.length);
          n = r.state;
          expect(NOTIFICATION_STATUSES).toContain(n.status);
        }
      }),
    );
  });

  it('signals: the table decides, and a signal a caseworker closed is never reopened', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIGNAL_STATUSES), fc.boolean(), signalCommand, (status, bySystem, c) => {
        const r = applySignal(signal(status, bySystem), c);
        const allowed = transition(SIGNAL_TRANSITIONS, c.type, status);
        if (allowed === null) expect(r.ok).toBe(false);
        if (c.type === 'reopen' && status === 'afgesloten') expect(r.ok).toBe(bySystem);
        if (r.ok && r.events.length) expect(r.state.status).toBe(allowed);
      }),
    );
  });

  it('SIS requests: the table decides, and a withdrawn request stays withdrawn', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIS_STATUSES), fc.array(sisCommand, { maxLength: 6 }), (status, commands) => {
        let r = sis(status);
        for (const c of commands) {
          const allowed = transition(SIS_TRANSITIONS, c.type, r.status);
          const next = applySis(r, c);
          expect(next.ok).toBe(allowed !== null);
          if (!next.ok) continue;
          if (r.status === 'ingetrokken') expect(next.state.status).toBe('ingetrokken');
          r = next.state;
        }
      }),
    );
  });

  it('cases: closing is allowed from every status and assessing only while open', () => {
    for (const status of CASE_STATUSES) {
      const c = { ...unassessedCase('c', '0363', 0), status };
      const close: CaseCommand = { type: 'close', at: 1, reason: 'ingetrokken' };
      expect(applyCase(c, close).ok).toBe(transition(CASE_TRANSITIONS, 'close', status, 'ingetrokken') !== null);
      expect(transition(CASE_TRANSITIONS, 'assess', status, 'beoordeeld') !== null).toBe(
        !['ingetrokken', 'afgesloten'].includes(status),
      );
    }
  });
});
