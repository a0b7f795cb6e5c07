// Building blocks of the API bodies shared by several resources.
import { z } from '@hono/zod-openapi';

export const IdParam = z.object({
  id: z.uuid({ error: 'moet een UUID zijn' }).openapi({ param: { name: 'id', in: 'path' } }),
});

export const RedenInvoer = z
  .object({ reden: z.string().trim().min(3, 'geef een reden (minimaal 3 tekens)').max(1000) })
  .strict()
  .openapi('RedenInvoer');

export const Land = z.object({ code: z.string(), omschrijving: z.string().optional() });
export const Reden = z.object({ regel: z.string(), toelichting: z.string() });

/** Opaque cursor from a `volgende` link. */
export const Cursor = z.string().max(200).optional().openapi({ description: 'Vervolgpunt uit de `volgende`-link' });

/** `status=a,b` or `status=a&status=b`: one or more values of an enum. */
export const statusFilter = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
