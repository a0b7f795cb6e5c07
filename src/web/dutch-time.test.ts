// Dutch time for staff: a day starts at midnight in Amsterdam in winter and summer, and times read as in NL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, formatDateTime, offsetAt } from './dutch-time.ts';

const isoDay = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('Dutch time', () => {
  it('starts a day at midnight Amsterdam time, winter and summer', () => {
    expect(new Date(dayStart('2026-01-15')).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(new Date(dayStart('2026-07-15')).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // The days of the clock changes: they start before the change, and last 23 and 25 hours.
    expect(new Date(dayStart('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dayEnd('2026-03-29') + 1 - dayStart('2026-03-29')).toBe(23 * 3_600_000);
    expect(dayEnd('2026-10-25') + 1 - dayStart('2026-10-25')).toBe(25 * 3_600_000);
  });

  it('reads every day start as 00:00:00 of that day, and days follow each other without a gap', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const start = dayStart(day);
        const [d, m, y] = day.split('-').reverse();
        expect(formatDateTime(start)).toBe(`${d}-${m}-${y} 00:00:00`);
        expect([1, 2].map((h) => h * 3_600_000)).toContain(offsetAt(start));
        const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(dayStart(next)).toBe(dayEnd(day) + 1);
      }),
    );
  });

  it('formats a moment in Dutch time, not the server zone', () => {
    expect(formatDateTime(Date.parse('2026-11-23T09:00:00Z'))).toBe('23-11-2026 10:00:00');
    expect(formatDateTime(Date.parse('2026-06-01T22:30:05Z'))).toBe('02-06-2026 00:30:05');
  });
});
