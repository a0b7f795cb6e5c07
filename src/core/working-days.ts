// Due dates in working days (Monday to Friday). Public holidays are not counted out: a due date may fall
// on one, which errs on the side of acting sooner.
import type { IsoDate } from './date.ts';

export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  const d = new Date(`${from}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
