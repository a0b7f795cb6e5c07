// Bodies of /aandachtsmarkeringen, /logboek and /statistieken.
import { z } from '@hono/zod-openapi';
import { Burgerservicenummer, IsoDateString } from '../common.ts';

export const AandachtsmarkeringInvoer = z
  .object({
    burgerservicenummer: Burgerservicenummer,
    reden: z.string().trim().min(3).max(1000),
    geldigTot: IsoDateString,
  })
  .strict()
  .openapi('AandachtsmarkeringInvoer');

export const Aandachtsmarkering = z
  .object({
    id: z.string(),
    burgerservicenummer: z.string(),
    reden: z.string(),
    geldigTot: z.string(),
    organisatie: z.string(),
    aangemaaktOp: z.string(),
    actief: z.boolean(),
  })
  .openapi('Aandachtsmarkering');

export const Logboekregel = z
  .object({
    volgnummer: z.number(),
    tijdstip: z.string(),
    actor: z.object({ sub: z.string(), rol: z.string(), organisatie: z.string().nullable() }),
    handeling: z.string(),
    object: z.object({ type: z.string(), id: z.string().nullable() }),
    doel: z.string(),
    betrokkene: z.string().nullable(),
    resultaat: z.string(),
    hash: z.string().nullable(),
  })
  .openapi('Logboekregel');

export const Ketenstatus = z
  .object({
    geldig: z.boolean(),
    verzegeldTot: z.number(),
    verankerdTot: z.number().nullable(),
    verankerdOp: z.string().nullable(),
    nietVerzegeld: z.number(),
    reden: z.string().optional(),
  })
  .openapi('Ketenstatus');

export const LogboekLijst = z
  .object({ logboek: z.array(Logboekregel), volgende: z.string().optional(), keten: Ketenstatus })
  .openapi('LogboekLijst');

export const LogboekFilter = z.object({
  van: z.iso.datetime({ offset: true }).optional(),
  tot: z.iso.datetime({ offset: true }).optional(),
  actor: z.string().max(200).optional(),
  doel: z.string().max(100).optional(),
  betrokkene: z
    .string()
    .regex(/^ps-[0-9a-f]{32}$/)
    .optional(),
  vanaf: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});

export const LogboekZoekvraag = z
  .object({
    burgerservicenummer: Burgerservicenummer,
    van: z.iso.datetime({ offset: true }).optional(),
    tot: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .openapi('LogboekZoekvraag');

const Cel = z.union([z.number(), z.literal('<10')]);
export const Statistieken = z
  .object({
    periode: z.object({ van: z.string(), tot: z.string() }),
    vertrekmeldingen: z.object({
      totaal: Cel,
      perStatus: z.record(z.string(), Cel),
      perNiveau: z.record(z.string(), Cel),
      perRegel: z.record(z.string(), Cel),
    }),
    signalen: z.object({
      totaal: Cel,
      perOntvanger: z.record(z.string(), Cel),
      perNiveau: z.record(z.string(), Cel),
      perStatus: z.record(z.string(), Cel),
      perUitkomst: z.record(z.string(), Cel),
      perRegel: z.array(
        z.object({ regel: z.string(), afgesloten: Cel, terecht: Cel, onterecht: Cel, precisie: z.number().nullable() }),
      ),
      oppakken: z.object({
        binnenTermijn: Cel,
        buitenTermijn: Cel,
        nogNietOpgepaktTermijnVerstreken: Cel,
        mediaanUren: z.number().nullable(),
      }),
    }),
  })
  .openapi('Statistieken');

export const Periode = z
  .object({ van: IsoDateString.optional(), tot: IsoDateString.optional() })
  .refine((p) => !p.van || !p.tot || p.van <= p.tot, { message: 'van moet vóór tot liggen', path: ['van'] });
