// Times as Dutch staff read them: in the Netherlands' own time zone (summer and winter time), whatever the server's
// zone is. Also where a Dutch calendar day begins, for filters by date. Intl only, so it runs on Node and Workers.
export const TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const fields = (ms: number) => Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));

/** "23-11-2026 10:00:00" in Dutch time (built from parts: ICU versions differ in their short formats). */
export function formatDateTime(ms: number): string {
  const p = fields(ms);
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** How far Dutch time is ahead of UTC at moment `ms`, in milliseconds (1 or 2 hours). */
export function offsetAt(ms: number): number {
  const p = fields(ms);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The moment a Dutch calendar day (YYYY-MM-DD) begins. Midnight never falls in a clock change, which is at night. */
export function dayStart(isoDate: string): number {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  const guess = utcMidnight - offsetAt(utcMidnight);
  return utcMidnight - offsetAt(guess);
}

/** The last millisecond of a Dutch calendar day. */
export function dayEnd(isoDate: string): number {
  const next = new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return dayStart(next) - 1;
}
