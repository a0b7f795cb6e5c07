import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NotificationState } from '../notification/model.ts';
import type { SignalState } from '../signal/model.ts';
import { buildCaseHistory } from './history.ts';
import type { CaseState } from './model.ts';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const iso = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const baseCase: CaseState = {
  id: 'c1',
  status: 'beoordeeld',
  municipalityCode: '0363',
  childBsn: '999990378',
  declarantBsn: '999990007',
  countryCode: '5010',
  registrationDate: '2026-11-20',
  child: null,
  departure: null,
  custody: { type: 'GezamenlijkOuderlijkGezag', gezaghouders: [], bepaaldOp: iso(1), bekend: true, bron: 'brp' },
  assessment: {
    vanToepassing: true,
    reden: 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken',
    beoordeeldOp: iso(1),
  },
  risk: null,
  closedReason: null,
  closedAt: null,
  version: 3,
  createdAt: T0,
  updatedAt: T0,
  purgedAt: null,
};

const notice = (o: Partial<NotificationState> = {}): NotificationState => ({
  id: 'n1',
  caseId: 'c1',
  municipalityCode: '0363',
  recipientBsn: '999990020',
  recipient: { burgerservicenummer: '999990020', naam: 'B. Jansen', adres: null },
  status: 'bezorgd',
  holdReasons: [],
  reference: 'VS-1',
  dueDate: '2026-11-30',
  channel: 'post',
  deliveryAttempts: 1,
  lastError: null,
  history: [
    { status: 'te-beoordelen', op: iso(1), door: 'systeem' },
    { status: 'aangehouden', op: iso(5), door: 'ambtenaar', reden: 'adres nagaan' },
    { status: 'verzonden', op: iso(9), door: 'ambtenaar' },
  ],
  followUps: [{ soort: 'correctie', op: iso(30), status: 'in-afwachting' }],
  reaction: {
    reactie: 'niet-akkoord',
    ontvangenOp: '2026-11-24',
    kanaal: 'telefoon',
    door: 'ambtenaar',
    vastgelegdOp: iso(20),
  },
  version: 5,
  createdAt: T0 + 60_000,
  updatedAt: T0,
  ...o,
});

const signal = (o: Partial<SignalState> = {}): SignalState => ({
  id: 's1',
  caseId: 'c1',
  recipient: 'rvdk-iko',
  level: 'hoog',
  status: 'afgesloten',
  view: {},
  slaDueAt: 0,
  delivery: 'niet-geconfigureerd',
  deliveryAttempts: 0,
  outcome: { uitkomst: 'onterecht', door: 'medewerker', op: iso(40) },
  updates: [],
  pickedUpAt: T0 + 25 * 60_000,
  closedAt: T0 + 40 * 60_000,
  version: 3,
  createdAt: T0 + 21 * 60_000,
  updatedAt: T0,
  ...o,
});

describe('case history', () => {
  it('tells every stored step of the case, its notices and its signals, oldest first', () => {
    const entries = buildCaseHistory({
      case: { ...baseCase, closedReason: 'ingetrokken', closedAt: T0 + 50 * 60_000 },
      events: [{ type: 'nl.brp.verhuisd.emigratie', time: '2026-11-20T09:00:00Z' }],
      notifications: [notice()],
      signals: [signal()],
    });
    expect(entries.map((e) => e.kind)).toEqual([
      'event',
      'received',
      'custody',
      'assessed',
      'notification',
      'notification',
      'notification',
      'reaction',
      'signal',
      'signal-picked-up',
      'follow-up',
      'signal-closed',
      'closed',
    ]);
    expect(entries[5]).toMatchObject({
      status: 'aangehouden',
      by: 'ambtenaar',
      reason: 'adres nagaan',
      recipient: 'B. Jansen',
    });
    expect(entries[8]).toMatchObject({ recipient: 'rvdk-iko', level: 'hoog' });
    expect(entries.at(-2)).toMatchObject({ kind: 'signal-closed', outcome: 'onterecht' });
  });

  it('names custody recorded by hand with who recorded it, and a BRP answer that differs', () => {
    const entries = buildCaseHistory({
      case: {
        ...baseCase,
        custody: {
          ...baseCase.custody!,
          bron: 'handmatig',
          vastgelegdDoor: 'ambtenaar',
          brpAfwijking: { type: 'Voogdij', gezaghouders: [], op: iso(3) },
        },
      },
      events: [],
      notifications: [],
      signals: [],
    });
    expect(entries.filter((e) => e.kind.startsWith('custody'))).toEqual([
      { at: iso(1), kind: 'custody', source: 'handmatig', known: true, by: 'ambtenaar' },
      { at: iso(3), kind: 'custody-differs' },
    ]);
  });

  it('leaves out the level a signal was created with once an update changed it (it is not stored)', () => {
    const changed = signal({ level: 'urgent', updates: [{ soort: 'herbeoordeeld', op: iso(30), niveau: 'urgent' }] });
    const [created] = buildCaseHistory({ case: baseCase, events: [], notifications: [], signals: [changed] }).filter(
      (e) => e.kind === 'signal',
    );
    expect(created).not.toHaveProperty('level');
  });

  it('keeps every entry and orders by instant, whatever the order of the input', () => {
    const minute = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(fc.array(minute, { maxLength: 8 }), fc.array(minute, { maxLength: 8 }), (steps, events) => {
        const history = steps.map((m) => ({ status: 'te-beoordelen', op: iso(m), door: 'systeem' }));
        const entries = buildCaseHistory({
          case: baseCase,
          events: events.map((m) => ({ type: 'nl.brp.verhuisd.emigratie.gecorrigeerd', time: iso(m) })),
          notifications: [notice({ history, followUps: [], reaction: null })],
          signals: [],
        });
        expect(entries).toHaveLength(steps.length + events.length + 3);
        const times = entries.map((e) => Date.parse(e.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }),
    );
  });
});
