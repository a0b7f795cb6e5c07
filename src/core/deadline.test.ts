import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, daysWaiting, deadlineState, workingDaysAfter } from './deadline.ts';
import { addWorkingDays } from './working-days.ts';

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2060-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('working days and deadlines', () => {
  it('counts back exactly the working days a due date was set with', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 40 }), (from, n) => {
        expect(workingDaysAfter(from, addWorkingDays(from, n))).toBe(n);
      }),
    );
  });

  it('skips weekends: Friday to Monday is one working day, three calendar days', () => {
    expect(workingDaysAfter('2026-11-27', '2026-11-30')).toBe(1);
    expect(calendarDaysBetween('2026-11-27', '2026-11-30')).toBe(3);
    expect(workingDaysAfter('2026-11-30', '2026-11-27')).toBe(0);
  });

  it('reads a deadline as ahead, today or late, and late exactly when the due date has passed', () => {
    expect(deadlineState('2026-12-04', '2026-12-02')).toEqual({ kind: 'ahead', workingDays: 2 });
    expect(deadlineState('2026-12-04', '2026-12-04')).toEqual({ kind: 'today' });
    expect(deadlineState('2026-12-04', '2026-12-07')).toEqual({ kind: 'late', days: 3 });
    fc.assert(
      fc.property(isoDate, isoDate, (due, today) => {
        const s = deadlineState(due, today);
        expect(s.kind === 'late').toBe(due < today);
        if (s.kind === 'late') expect(s.days).toBe(calendarDaysBetween(due, today));
        if (s.kind === 'ahead') {
          expect(s.workingDays).toBeGreaterThan(0);
          expect(addWorkingDays(today, s.workingDays) <= due).toBe(true);
        }
        if (s.kind === 'today') expect(workingDaysAfter(today, due)).toBe(0);
      }),
    );
  });

  it('never reports a negative wait', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (since, today) => {
        const d = daysWaiting(since, today);
        expect(d).toBeGreaterThanOrEqual(0);
        if (since <= today) expect(d).toBe(calendarDaysBetween(since, today));
      }),
    );
  });
});
