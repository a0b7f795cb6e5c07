import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineText, duration, formatDateTime } from './time.ts';

const HOUR = 3_600_000;
const at = Date.parse('2026-11-23T09:00:00Z');
const facts = (status: string, dueIn: number, passed: boolean) => ({
  status,
  uiterlijkOppakkenOp: new Date(at + dueIn).toISOString(),
  termijnVerstreken: passed,
});

describe('times on the signal pages', () => {
  it('shows whole hours below two days and whole days from there, either side of now', () => {
    expect(duration(59 * 60_000)).toBe('minder dan een uur');
    expect(duration(HOUR)).toBe('1 uur');
    expect(duration(-(47 * HOUR + 59 * 60_000))).toBe('47 uur');
    expect(duration(48 * HOUR)).toBe('2 dagen');
    fc.assert(fc.property(fc.integer({ min: -1e10, max: 1e10 }), (ms) => duration(ms) === duration(-ms)));
  });

  it('says how long is left before the deadline, or how late it is once the API says it passed', () => {
    expect(deadlineText(facts('nieuw', 4 * HOUR, false), at)).toEqual({
      text: 'Nog 4 uur om op te pakken',
      overdue: false,
    });
    expect(deadlineText(facts('nieuw', -3 * HOUR, true), at)).toEqual({
      text: 'Termijn verstreken: 3 uur te laat',
      overdue: true,
    });
  });

  it('has no deadline once a signal was picked up or closed', () => {
    expect(deadlineText(facts('in-behandeling', -3 * HOUR, false), at)).toBeNull();
    expect(deadlineText(facts('afgesloten', 3 * HOUR, false), at)).toBeNull();
  });

  it('writes Dutch local time, winter and summer', () => {
    expect(formatDateTime('2026-11-23T09:00:00Z')).toBe('23 november 2026 om 10:00');
    expect(formatDateTime('2027-06-30T22:30:00Z')).toBe('1 juli 2027 om 00:30');
  });
});
