// The logboek page's two searches. A GET form filters by period, actor, purpose and pseudonym (no personal data
// in the URL); a POST form searches by a child's BSN, which the use case turns into its pseudonym. Both page on
// with `vanaf` (the last entry's number).
import { z } from 'zod';
import type { LogQuery } from '../../app/audit/log.ts';
import { isValidBsn } from '../../core/bsn.ts';
import { inOrder, optionalDate, startNotAfterEnd } from '../../web/date-fields.ts';
import { dayEnd, dayStart } from '../../web/dutch-time.ts';
import { type FieldError, fieldErrors } from '../../web/forms.ts';
import { PURPOSE_CODES } from './labels.ts';

const optionalText = z
  .string()
  .trim()
  .max(200, 'Gebruik hooguit 200 tekens.')
  .optional()
  .transform((v) => v || undefined);

/** A cursor that is not a plain entry number is ignored: the list starts at the beginning. */
const cursor = z
  .string()
  .optional()
  .transform((v) => (v && /^\d{1,15}$/.test(v) ? Number(v) : undefined));

export const LogFilter = z
  .object({
    van: optionalDate('Van'),
    tot: optionalDate('Tot en met'),
    actor: optionalText,
    doel: optionalText.refine((v) => v === undefined || PURPOSE_CODES.includes(v), 'Kies een doel uit de lijst.'),
    betrokkene: optionalText
      .transform((v) => v?.toLowerCase())
      .refine(
        (v) => v === undefined || /^ps-[0-9a-f]{32}$/.test(v),
        "Een pseudoniem begint met 'ps-' en heeft daarna 32 tekens: cijfers en de letters a tot en met f.",
      ),
    vanaf: cursor,
  })
  .refine(inOrder, startNotAfterEnd('Van', 'Tot en met'));
export type LogFilter = z.output<typeof LogFilter>;

export const BsnSearch = z.object({
  burgerservicenummer: z
    .string({ error: 'Vul een burgerservicenummer in.' })
    .transform((v) => v.replace(/[\s.]/g, ''))
    .pipe(
      z
        .string()
        .min(1, 'Vul een burgerservicenummer in.')
        .regex(/^\d{9}$/, 'Een burgerservicenummer heeft 9 cijfers.')
        .refine(isValidBsn, 'Dit burgerservicenummer bestaat niet: het voldoet niet aan de elfproef.'),
    ),
  vanaf: cursor,
});

export const FILTER_FIELDS = ['van', 'tot', 'actor', 'doel', 'betrokkene'] as const;

export type Parsed<T> =
  | { ok: true; data: T; values: Record<string, string> }
  | { ok: false; errors: FieldError[]; values: Record<string, string> };

export function parseFilter(query: Record<string, string | undefined>): Parsed<LogFilter> {
  const values: Record<string, string> = {};
  for (const k of [...FILTER_FIELDS, 'vanaf']) if (query[k]) values[k] = query[k] as string;
  const parsed = LogFilter.safeParse(values);
  return parsed.success
    ? { ok: true, data: parsed.data, values }
    : { ok: false, errors: fieldErrors(parsed.error), values };
}

/** The filter as the use case's query: Dutch calendar days become moments. */
export function toLogQuery(f: Pick<LogFilter, 'van' | 'tot' | 'actor' | 'doel' | 'betrokkene' | 'vanaf'>): LogQuery {
  return {
    from: f.van ? dayStart(f.van) : undefined,
    to: f.tot ? dayEnd(f.tot) : undefined,
    actor: f.actor,
    purpose: f.doel,
    subject: f.betrokkene,
    afterSeq: f.vanaf,
  };
}

/** The link to the next page: the same filters, starting after entry `next`. */
export function nextHref(f: LogFilter, next: number): string {
  const q = new URLSearchParams();
  for (const k of FILTER_FIELDS) if (f[k]) q.set(k, String(f[k]));
  q.set('vanaf', String(next));
  return `/logboek?${q}`;
}
