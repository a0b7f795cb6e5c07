// The period of the statistics page, chosen with a GET form (dates are no personal data, so they may be in the
// URL): "van" and "tot en met", both optional. Without them: the last year up to today, as the API does.
import { z } from 'zod';
import { isValidIsoDate } from '../../core/date.ts';
import { inOrder, optionalDate, startNotAfterEnd } from '../../web/date-fields.ts';
import { type FieldError, fieldErrors } from '../../web/forms.ts';

export interface Period {
  from: string;
  to: string;
}

export const PeriodQuery = z
  .object({ van: optionalDate('Van'), tot: optionalDate('Tot en met') })
  .refine(inOrder, startNotAfterEnd('Van', 'Tot en met'));

/** The same day one year earlier; 29 February becomes 28 February. */
export function yearBefore(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const candidate = `${String(year).padStart(4, '0')}${day.slice(4)}`;
  return isValidIsoDate(candidate) ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

export type PeriodResult =
  | { ok: true; period: Period; values: Record<string, string> }
  | { ok: false; errors: FieldError[]; values: Record<string, string> };

/** Reads `van` and `tot` from the query; a missing end is today, a missing start one year before the end. */
export function periodFrom(query: Record<string, string | undefined>, today: string): PeriodResult {
  const values = { van: query.van ?? '', tot: query.tot ?? '' };
  const parsed = PeriodQuery.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values };
  const to = parsed.data.tot ?? (parsed.data.van && parsed.data.van > today ? parsed.data.van : today);
  const from = parsed.data.van ?? yearBefore(to);
  return { ok: true, period: { from, to }, values: { van: from, tot: to } };
}
