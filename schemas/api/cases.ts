// Bodies of /vertrekmeldingen and /voorcontroles.
import { z } from '@hono/zod-openapi';
import { AbstractDatum, Burgerservicenummer } from '../common.ts';
import { CASE_STATUSES, PRECHECK_ADVICE, RISK_LEVELS } from '../domain.ts';
import { Land, Reden } from './common.ts';

const Persoon = z.object({ burgerservicenummer: z.string().optional(), naam: z.string().optional() });

export const Vertrekmelding = z
  .object({
    id: z.string(),
    status: z.enum(CASE_STATUSES),
    kind: z
      .object({ burgerservicenummer: z.string(), naam: z.string().optional(), geboortedatum: AbstractDatum.optional() })
      .nullable(),
    vertrek: z
      .object({
        datum: AbstractDatum,
        land: Land,
        gemeente: z.object({ code: z.string(), omschrijving: z.string().optional() }),
      })
      .nullable(),
    gezag: z
      .object({
        type: z.string().nullable(),
        gezaghouders: z.array(Persoon),
        bepaaldOp: z.string(),
        reden: z.string().optional(),
        bron: z.enum(['brp', 'handmatig']),
        vastgelegdDoor: z.string().optional(),
        bronDocument: z.string().optional(),
        toelichting: z.string().optional(),
        brpAfwijking: z
          .object({ type: z.string().nullable(), gezaghouders: z.array(Persoon), op: z.string() })
          .optional(),
      })
      .nullable(),
    beoordeling: z
      .object({ vanToepassing: z.boolean(), reden: z.string(), toelichting: z.string().optional() })
      .nullable(),
    risico: z.object({ niveau: z.enum(RISK_LEVELS), regelsetVersie: z.string(), redenen: z.array(Reden) }).nullable(),
    kennisgevingen: z.array(
      z.object({
        id: z.string(),
        ontvanger: z.object({ burgerservicenummer: z.string().nullable() }),
        status: z.string(),
        reactie: z.string().optional(),
      }),
    ),
    signalen: z.array(z.object({ id: z.string(), ontvanger: z.string(), niveau: z.string(), status: z.string() })),
    afsluiting: z
      .object({ reden: z.enum(['ingetrokken', 'immigratie']), toelichting: z.string(), op: z.string().nullable() })
      .optional(),
    afsluitreden: z.string().optional(),
    ontvangenOp: z.string(),
    bijgewerktOp: z.string(),
  })
  .openapi('Vertrekmelding');

export const VertrekmeldingLijst = z
  .object({ vertrekmeldingen: z.array(Vertrekmelding), volgende: z.string().optional() })
  .openapi('VertrekmeldingLijst');
export const ZoekVraag = z.object({ burgerservicenummer: Burgerservicenummer }).strict().openapi('ZoekVraag');

export const GezagInvoer = z
  .object({
    type: z.enum(['GezamenlijkOuderlijkGezag', 'EenhoofdigOuderlijkGezag', 'GezamenlijkGezag', 'Voogdij']),
    gezaghouders: z
      .array(z.object({ burgerservicenummer: Burgerservicenummer }).strict())
      .min(1)
      .max(2),
    bron: z.string().trim().min(3, 'noem de bron (bijv. gezagsregister, beschikking)').max(200),
    toelichting: z.string().trim().min(3, 'licht toe hoe het gezag is vastgesteld').max(2000),
  })
  .strict()
  .openapi('GezagInvoer');

export const VoorcontroleInvoer = z
  .object({
    kind: z.object({ burgerservicenummer: Burgerservicenummer }).strict(),
    aangever: z.object({ burgerservicenummer: Burgerservicenummer }).strict(),
    medeondertekenaars: z
      .array(z.object({ burgerservicenummer: Burgerservicenummer }).strict())
      .max(10)
      .optional(),
  })
  .strict()
  .openapi('VoorcontroleInvoer');

export const Voorcontrole = z
  .object({
    gezag: z.object({ type: z.string().nullable(), gezaghouders: z.array(Persoon) }).nullable(),
    ontbrekendeGezaghouders: z.array(Persoon),
    advies: z.enum(PRECHECK_ADVICE),
    toelichting: z.string(),
  })
  .openapi('Voorcontrole');
