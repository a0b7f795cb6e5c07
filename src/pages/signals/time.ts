// Times on the signal pages: Dutch dates in the Netherlands' time zone, and how a signal stands against the
// deadline to pick it up (`uiterlijkOppakkenOp`, `termijnVerstreken` as the API gives them).
const ZONE = 'Europe/Amsterdam';
const HOUR = 3_600_000;

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "30 november 2026 om 06:27" (Dutch local time). */
export function formatDateTime(at: string | number): string {
  const parts = dateTime.formatToParts(new Date(at));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} om ${get('hour')}:${get('minute')}`;
}

/** A calendar date 'YYYY-MM-DD' as "30 juni 2027". */
export const formatDate = (isoDate: string) => dateOnly.format(new Date(`${isoDate}T00:00:00Z`));

/** A span of time in whole hours, or whole days from two days on: "minder dan een uur", "5 uur", "3 dagen". */
export function duration(ms: number): string {
  const hours = Math.floor(Math.abs(ms) / HOUR);
  if (hours < 1) return 'minder dan een uur';
  if (hours < 48) return `${hours} uur`;
  const days = Math.floor(hours / 24);
  return `${days} dagen`;
}

export interface DeadlineFacts {
  status: string;
  uiterlijkOppakkenOp: string;
  termijnVerstreken: boolean;
}

/** How a signal stands against its pick-up deadline; `null` once it was picked up or closed. */
export function deadlineText(s: DeadlineFacts, now: number): { text: string; overdue: boolean } | null {
  if (s.status !== 'nieuw') return null;
  const left = Date.parse(s.uiterlijkOppakkenOp) - now;
  if (s.termijnVerstreken) return { text: `Termijn verstreken: ${duration(left)} te laat`, overdue: true };
  return { text: `Nog ${duration(left)} om op te pakken`, overdue: false };
}

/** "3 uur geleden". */
export const ago = (at: number, now: number) => `${duration(now - at)} geleden`;
