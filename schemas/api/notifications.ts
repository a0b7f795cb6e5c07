// Bodies of /kennisgevingen.
import { z } from '@hono/zod-openapi';
import { IsoDateString } from '../common.ts';
import { NOTIFICATION_STATUSES, REACTION_CHANNELS, REACTIONS } from '../domain.ts';

export const Reactie = z.object({
  reactie: z.enum(REACTIONS),
  ontvangenOp: z.string(),
  kanaal: z.enum(REACTION_CHANNELS),
  toelichting: z.string().optional(),
  vastgelegdDoor: z.string(),
  vastgelegdOp: z.string(),
});

export const Kennisgeving = z
  .object({
    id: z.string(),
    vertrekmelding: z.string(),
    gemeente: z.object({ code: z.string(), omschrijving: z.string().optional() }),
    status: z.enum(NOTIFICATION_STATUSES),
    kenmerk: z.string(),
    ontvanger: z.object({
      burgerservicenummer: z.string().nullable(),
      naam: z.string().optional(),
      adres: z
        .object({ adresregels: z.array(z.string()), land: z.string().optional() })
        .nullable()
        .optional(),
    }),
    aanhoudredenen: z.array(z.string()),
    uiterlijkBeoordeeldOp: z.string(),
    termijnVerstreken: z.boolean(),
    kanaal: z.string().nullable(),
    laatsteFout: z.string().nullable(),
    historie: z.array(z.object({ status: z.string(), op: z.string(), door: z.string(), reden: z.string().optional() })),
    vervolgbrieven: z.array(z.object({ soort: z.string(), op: z.string(), status: z.string() })),
    reactie: Reactie.nullable(),
    tekst: z.array(z.string()).optional(),
  })
  .openapi('Kennisgeving');

export const KennisgevingLijst = z
  .object({ kennisgevingen: z.array(Kennisgeving), volgende: z.string().optional() })
  .openapi('KennisgevingLijst');

export const ReactieInvoer = z
  .object({
    reactie: z.enum(REACTIONS),
    ontvangenOp: IsoDateString,
    kanaal: z.enum(REACTION_CHANNELS),
    toelichting: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi('ReactieInvoer');
