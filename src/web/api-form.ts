// A page form checked by the API's own body schema: the posted fields become the API body, the schema of
// schemas/api/* validates it, and each problem is shown beside the form field it concerns, in a sentence.
// So a page can never accept what the API refuses, nor refuse what it accepts.
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../app/errors.ts';
import { CSRF_FIELD } from './csrf.ts';
import type { FieldError, FormResult } from './forms.ts';

export interface ApiFormSpec {
  /** The API body from the posted fields (trimmed strings; empty optional fields left out). */
  body(values: Record<string, string>): unknown;
  /**
   * The form field an API body path points at, e.g. `['gezaghouders', 1, 'burgerservicenummer']` → `houder2`;
   * `values` for bodies whose list leaves out empty fields.
   */
  fieldOf(path: readonly PropertyKey[], values: Record<string, string>): string;
  /** Each field's label, to name it in a message. */
  labels: Record<string, string>;
  /** What to say when a field is empty or no choice was made ("Vul een reden in."). */
  missing: Record<string, string>;
  /**
   * What to say when a filled-in field is refused, where the API's words would not help (an English length message,
   * a format the form does not ask for); the rule stays the API's.
   */
  invalid?: Record<string, string>;
}

/** The posted text fields, without the CSRF token. */
export async function formValues(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (k !== CSRF_FIELD && typeof v === 'string') values[k] = v;
  return values;
}

const sentence = (s: string) => {
  const t = s.trim().replace(/[.]$/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
};

/** One message per field (the first problem), in the words the user needs to fix it. */
export function messagesFor(
  problems: readonly { path: readonly PropertyKey[]; reason: string; choice?: boolean }[],
  values: Record<string, string>,
  spec: ApiFormSpec,
): FieldError[] {
  const out = new Map<string, string>();
  for (const p of problems) {
    const field = spec.fieldOf(p.path, values);
    if (out.has(field)) continue;
    const empty = (values[field] ?? '').trim() === '';
    const label = spec.labels[field] ?? field;
    const missing = spec.missing[field];
    if (missing && (empty || p.choice)) out.set(field, missing);
    else if (spec.invalid?.[field]) out.set(field, spec.invalid[field]);
    else if (p.choice) out.set(field, `Kies een van de mogelijkheden bij ${label.toLowerCase()}.`);
    else out.set(field, sentence(`${label}: ${p.reason}`));
  }
  return [...out].map(([field, message]) => ({ field, message }));
}

/** Reads the posted form and validates the body it makes with the API's schema. */
export async function readApiForm<S extends z.ZodType>(
  c: Context,
  schema: S,
  spec: ApiFormSpec,
): Promise<FormResult<z.output<S>>> {
  const values = await formValues(c);
  const parsed = schema.safeParse(spec.body(values));
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const problems = parsed.error.issues.map((i) => ({
    path: i.path,
    reason: i.message,
    choice: i.code === 'invalid_value' || i.code === 'invalid_union',
  }));
  return { ok: false, errors: messagesFor(problems, values, spec), values };
}

/** A use case's refusal of the input (AppError `invalid` with invalidParams), as errors beside the fields. */
export function fieldErrorsOf(error: unknown, values: Record<string, string>, spec: ApiFormSpec): FieldError[] | null {
  if (!(error instanceof AppError) || error.code !== 'invalid') return null;
  const params = error.extra.invalidParams ?? [{ name: 'formulier', reason: error.detail }];
  const problems = params.map((p) => ({ path: p.name.split('.'), reason: p.reason }));
  return messagesFor(problems, values, spec);
}

/** Trimmed text, or undefined when empty: optional API fields are left out rather than sent empty. */
export const optional = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
