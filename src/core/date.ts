// Haal Centraal AbstractDatum: full, year-month, year-only or unknown dates, and the
// range of calendar days each may stand for. Partial dates are widened, never guessed.

export type AbstractDatum =
  | { type: 'Datum'; datum: string; langFormaat?: string }
  | { type: 'JaarMaandDatum'; jaar: number; maand: number; langFormaat?: string }
  | { type: 'JaarDatum'; jaar: number; langFormaat?: string }
  | { type: 'DatumOnbekend'; onbekend?: true; langFormaat?: string };

/** ISO calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface DateRange {
  /** Earliest day the date may be; null when unknown. */
  from: IsoDate | null;
  /** Latest day the date may be; null when unknown. */
  to: IsoDate | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dateRange(d: AbstractDatum | undefined | null): DateRange {
  if (!d) return { from: null, to: null };
  switch (d.type) {
    case 'Datum':
      return { from: d.datum, to: d.datum };
    case 'JaarMaandDatum':
      return {
        from: `${pad(d.jaar, 4)}-${pad(d.maand)}-01`,
        to: `${pad(d.jaar, 4)}-${pad(d.maand)}-${pad(daysInMonth(d.jaar, d.maand))}`,
      };
    case 'JaarDatum':
      return { from: `${pad(d.jaar, 4)}-01-01`, to: `${pad(d.jaar, 4)}-12-31` };
    case 'DatumOnbekend':
      return { from: null, to: null };
  }
}

/**
 * The day a person born on `birth` reaches `years` years. Someone born on 29 February
 * reaches it on 1 March in a common year, so a child counts as a minor for the longest time.
 */
export function anniversary(birth: IsoDate, years: number): IsoDate {
  const [y, m, d] = birth.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  return target.toISOString().slice(0, 10);
}

/**
 * Whether a person may be younger than `years` on a day within `on`.
 * True unless the latest possible birth date makes them certainly that old on the earliest possible day.
 */
export function mayBeYoungerThan(years: number, birth: DateRange, on: DateRange): boolean {
  if (birth.to === null || on.from === null) return true;
  return on.from < anniversary(birth.to, years);
}

/** The Dutch month names, January first: one list for the BRP's long form, letters and pages. */
export const MONTHS: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** Dutch long form as the BRP writes it ("1 december 2026", "december 2026", "2026", "onbekend"). */
export function longFormat(d: AbstractDatum): string {
  switch (d.type) {
    case 'Datum': {
      const [y, m, day] = d.datum.split('-').map(Number);
      return `${day} ${MONTHS[m - 1]} ${y}`;
    }
    case 'JaarMaandDatum':
      return `${MONTHS[d.maand - 1]} ${d.jaar}`;
    case 'JaarDatum':
      return String(d.jaar);
    case 'DatumOnbekend':
      return 'onbekend';
  }
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
