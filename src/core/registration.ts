// Folds the events of one departure case (original, corrections, withdrawals) into the registration in force.
// Order-independent: a correction that arrives before its original still wins if it is the later one.
import type { EmigrationDataT } from '../../schemas/events.ts';

export interface CaseEvent {
  id: string;
  type: string;
  time: string | null;
  receivedAt: number;
  data: unknown;
}

export interface Registration {
  /** The departure as registered now; null when only a withdrawal is known. */
  current: EmigrationDataT | null;
  /** What was registered before the latest correction, for the follow-up letter. */
  previous: EmigrationDataT | null;
  corrected: boolean;
  withdrawn: boolean;
  withdrawalData: { burgerservicenummer: string; gemeenteVanInschrijving?: { code: string } } | null;
}

const byTime = (a: CaseEvent, b: CaseEvent) => (a.time ?? '').localeCompare(b.time ?? '') || a.receivedAt - b.receivedAt || a.id.localeCompare(b.id);

export function foldRegistration(events: readonly CaseEvent[]): Registration {
  const departures = events.filter((e) => e.type === 'nl.brp.verhuisd.emigratie' || e.type === 'nl.brp.verhuisd.emigratie.gecorrigeerd').sort(byTime);
  const withdrawal = events.find((e) => e.type === 'nl.brp.verhuisd.emigratie.ingetrokken');
  const last = departures.at(-1);
  const before = departures.at(-2);
  return {
    current: (last?.data as EmigrationDataT) ?? null,
    previous: (before?.data as EmigrationDataT) ?? null,
    corrected: departures.some((e) => e.type.endsWith('.gecorrigeerd')),
    withdrawn: withdrawal !== undefined,
    withdrawalData: (withdrawal?.data as Registration['withdrawalData']) ?? null,
  };
}

/** The day the departure was registered: the declaration date, else the day the event was logged. */
export function registrationDateOf(data: EmigrationDataT, eventTime: string | null): string {
  return data.aangifte?.datum ?? (eventTime ?? new Date().toISOString()).slice(0, 10);
}
