// Date fields of search and period forms (GET forms: dates are no personal data): optional, YYYY-MM-DD as a date
// input sends them, and a start that may not lie after the end. Messages name the field as its label does.
import { z } from 'zod';
import { isValidIsoDate } from '../core/date.ts';

/** An optional date; empty counts as not given. */
export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isValidIsoDate(v), {
      message: `Vul bij '${label}' een geldige datum in, bijvoorbeeld 2026-01-31.`,
    });

/** The error for a start after the end, attached to the start field. */
export const startNotAfterEnd = (startLabel: string, endLabel: string) => ({
  message: `De datum bij '${startLabel}' moet vóór of op de datum bij '${endLabel}' liggen.`,
  path: ['van'],
});

export const inOrder = (p: { van?: string; tot?: string }) => !p.van || !p.tot || p.van <= p.tot;
