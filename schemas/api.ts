// Response and request bodies of the API (for validation and the generated OpenAPI document).
import { z } from '@hono/zod-openapi';
import { AbstractDatum, Burgerservicenummer, IsoDateString } from './common.ts';

const Land = z.object({ code: z.string(), omschrijving: z.string().optional() });
const Reden = z.object({ regel: z.string(), toelichting: z.string() });

export const Vertrekmelding = z
  .object({
    id: z.string(),
    status: z.enum(['ontvangen', 'beoordeeld', 'niet-van-toepassing', 'handmatige-controle', 'ingetrokken', 'afgesloten']),
    kind: z.object({ burgerservicenummer: z.string(), naam: z.string().optional(), geboortedatum: AbstractDatum.optional() }).nullable(),
    vertrek: z.object({ datum: AbstractDatum, land: Land, gemeente: z.object({ code: z.string(), omschrijving: z.string().optional() }) }).nullable(),
    gezag: z.object({ type: z.string().nullable(), gezaghouders: z.array(z.object({ burgerservicenummer: z.string().optional(), naam: z.string().optional() })), bepaaldOp: z.string(), reden: z.string().optional() }).nullable(),
    beoordeling: z.object({ vanToepassing: z.boolean(), reden: z.string() }).nullable(),
    risico: z.object({ niveau: z.enum(['geen', 'laag', 'verhoogd', 'hoog', 'urgent']), regelsetVersie: z.string(), redenen: z.array(Reden) }).nullable(),
    kennisgevingen: z.array(z.object({ id: z.string(), ontvanger: z.object({ burgerservicenummer: z.string().nullable() }), status: z.string() })),
    signalen: z.array(z.object({ id: z.string(), ontvanger: z.string(), niveau: z.string(), status: z.string() })),
    afsluitreden: z.string().optional(),
    ontvangenOp: z.string(),
    bijgewerktOp: z.string(),
  })
  .openapi('Vertrekmelding');

export const VertrekmeldingLijst = z.object({ vertrekmeldingen: z.array(Vertrekmelding), volgende: z.string().optional() }).openapi('VertrekmeldingLijst');
export const ZoekVraag = z.object({ burgerservicenummer: Burgerservicenummer }).strict().openapi('ZoekVraag');
export const IdParam = z.object({ id: z.uuid({ error: 'moet een UUID zijn' }).openapi({ param: { name: 'id', in: 'path' } }) });

export const RedenInvoer = z.object({ reden: z.string().trim().min(3, 'geef een reden (minimaal 3 tekens)').max(1000) }).strict();

export const AandachtsmarkeringInvoer = z
  .object({ burgerservicenummer: Burgerservicenummer, reden: z.string().trim().min(3).max(1000), geldigTot: IsoDateString })
  .strict()
  .openapi('AandachtsmarkeringInvoer');
