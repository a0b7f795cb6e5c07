// What the BRP Personen API v2.7 spec (docs/specs/brp-personen-2.7.0.openapi.yaml) fixes about a
// RaadpleegMetBurgerservicenummer request. Shared by the client (to send what the BRP accepts) and the fake server
// (to refuse what the BRP refuses), so the two cannot drift apart.
import { z } from '@hono/zod-openapi';
import { AUTO_PROVIDED_FIELDS, fieldPathProblem } from './fields.ts';

export const QUERY_TYPE = 'RaadpleegMetBurgerservicenummer';

/** RaadpleegMetBurgerservicenummer.burgerservicenummer maxItems. */
export const MAX_BSNS_PER_REQUEST = 20;

/** PersonenQuery.fields maxItems. */
export const MAX_FIELDS = 130;

export { AUTO_PROVIDED_FIELDS };

export const topLevelField = (path: string): string => path.split('.')[0];
export const isAutoProvided = (path: string): boolean => AUTO_PROVIDED_FIELDS.includes(topLevelField(path));

// Messages name the rule, never the value: a refused request may hold BSNs.
const Field = z.string().superRefine((f, ctx) => {
  const problem = fieldPathProblem(f);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The request body, as the spec's PersonenQuery + RaadpleegMetBurgerservicenummer allow it. */
export const RaadpleegMetBurgerservicenummerQuery = z.object({
  type: z.literal(QUERY_TYPE, 'type must be RaadpleegMetBurgerservicenummer'),
  burgerservicenummer: z
    .array(z.string().regex(/^[0-9]{9}$/, 'not 9 digits'), 'must be a list')
    .min(1, 'at least 1 item')
    .max(MAX_BSNS_PER_REQUEST, `at most ${MAX_BSNS_PER_REQUEST} items`),
  fields: z.array(Field, 'must be a list').min(1, 'at least 1 item').max(MAX_FIELDS, `at most ${MAX_FIELDS} items`),
  gemeenteVanInschrijving: z
    .string()
    .regex(/^[0-9]{4}$/, 'not 4 digits')
    .optional(),
});
export type RaadpleegMetBurgerservicenummerQuery = z.infer<typeof RaadpleegMetBurgerservicenummerQuery>;
