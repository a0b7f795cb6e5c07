// Building blocks shared by the event and API schemas.
import { z } from '@hono/zod-openapi';
import { isValidBsn } from '../src/core/bsn.ts';
import { isValidIsoDate } from '../src/core/date.ts';

export const Burgerservicenummer = z
  .string()
  .regex(/^[0-9]{9}$/, 'moet uit 9 cijfers bestaan')
  .refine(isValidBsn, 'voldoet niet aan de elfproef')
  .openapi({ example: '999990019', description: 'Burgerservicenummer (9 cijfers, elfproef)' });

export const IsoDateString = z.string().refine(isValidIsoDate, 'moet een geldige datum zijn (JJJJ-MM-DD)');

export const Code4 = z.string().regex(/^[0-9]{4}$/, 'moet uit 4 cijfers bestaan');
export const Waardetabel4 = z.object({ code: Code4, omschrijving: z.string().max(200).optional() });

const jaar = z.number().int().min(1800).max(2200);
export const AbstractDatum = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Datum'), datum: IsoDateString, langFormaat: z.string().max(40).optional() }),
    z.object({
      type: z.literal('JaarMaandDatum'),
      jaar,
      maand: z.number().int().min(1).max(12),
      langFormaat: z.string().max(40).optional(),
    }),
    z.object({ type: z.literal('JaarDatum'), jaar, langFormaat: z.string().max(40).optional() }),
    z.object({
      type: z.literal('DatumOnbekend'),
      onbekend: z.literal(true).optional(),
      langFormaat: z.string().max(40).optional(),
    }),
  ])
  .openapi('AbstractDatum', { example: { type: 'Datum', datum: '2026-12-01', langFormaat: '1 december 2026' } });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
    /** 409 on a status transition: the resource's status now (a notification's or a signal's). */
    huidigeStatus: z.string().optional(),
  })
  .openapi('Problem');
