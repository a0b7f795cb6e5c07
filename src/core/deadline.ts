// How far a work item is from its deadline and how long it has waited, counted the way the deadlines are set:
// working days (Monday to Friday) ahead, calendar days behind. The work queue says this in words.
import type { IsoDate } from './date.ts';

const DAY_MS = 86_400_000;
const dayOf = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`) / DAY_MS;
const isWorkingDay = (day: number) => {
  const wd = new Date(day * DAY_MS).getUTCDay();
  return wd !== 0 && wd !== 6;
};

/** Calendar days from `from` to `to`: negative when `to` lies before `from`. */
export const calendarDaysBetween = (from: IsoDate, to: IsoDate): number => dayOf(to) - dayOf(from);

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysAfter(from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let day = dayOf(from) + 1; day <= dayOf(to); day++) if (isWorkingDay(day)) n++;
  return n;
}

export type DeadlineState =
  /** Working days left after today; at least 1. */
  | { kind: 'ahead'; workingDays: number }
  /** Today is the last day (or no working day is left before the deadline). */
  | { kind: 'today' }
  /** Calendar days past the deadline; at least 1. */
  | { kind: 'late'; days: number };

export function deadlineState(due: IsoDate, today: IsoDate): DeadlineState {
  if (due < today) return { kind: 'late', days: calendarDaysBetween(due, today) };
  const left = workingDaysAfter(today, due);
  return left > 0 ? { kind: 'ahead', workingDays: left } : { kind: 'today' };
}

/** Whole calendar days something has waited since `since` (never negative). */
export const daysWaiting = (since: IsoDate, today: IsoDate): number => Math.max(0, calendarDaysBetween(since, today));
