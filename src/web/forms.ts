// Reading a posted form through a zod schema, with errors per field in the words the schema gives (Dutch).
import type { Context } from 'hono';
import { z } from 'zod';
import { CSRF_FIELD } from './csrf.ts';

export interface FieldError {
  /** The form field's name; the error summary links to its input. */
  field: string;
  message: string;
}

export type FormResult<T> =
  | { ok: true; data: T; values: Record<string, string> }
  | { ok: false; errors: FieldError[]; values: Record<string, string> };

/** Validates the posted fields. `values` holds what was typed, to show it again beside the errors. */
export async function readForm<S extends z.ZodType>(c: Context, schema: S): Promise<FormResult<z.output<S>>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (k !== CSRF_FIELD && typeof v === 'string') values[k] = v;
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, errors: fieldErrors(parsed.error), values };
}

/** One error per field (the first), in the order of the issues. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'formulier');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issue.message });
  }
  return out;
}

/** A text field that must be filled in; `message` is what the user reads, e.g. "Vul een reden in.". */
export const requiredText = (message: string, max = 2000) =>
  z.string({ error: message }).trim().min(1, message).max(max, `Gebruik hooguit ${max} tekens.`);

/** A choice from a fixed list (radio buttons, select); anything else reads as "not chosen". */
export const choice = <T extends readonly [string, ...string[]]>(options: T, message: string) =>
  z.enum(options, { error: message });
