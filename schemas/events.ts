// CloudEvents 1.0 (NL GOV profile) taken in at POST /api/v1/gebeurtenissen, and the data of each BRP type handled.
import { z } from '@hono/zod-openapi';
import { AbstractDatum, Burgerservicenummer, Code4, IsoDateString, Waardetabel4 } from './common.ts';

export const EVENT_TYPES = {
  emigration: 'nl.brp.verhuisd.emigratie',
  correction: 'nl.brp.verhuisd.emigratie.gecorrigeerd',
  withdrawal: 'nl.brp.verhuisd.emigratie.ingetrokken',
  immigration: 'nl.brp.verhuisd.immigratie',
} as const;

export const MAX_BATCH = 500;

const BSN_IN_TEXT = /(?<![0-9])[0-9]{9}(?![0-9])/;

export const CloudEventEnvelope = z
  .object({
    specversion: z.literal('1.0', { error: 'moet "1.0" zijn' }),
    id: z.string().min(1).max(256),
    source: z
      .string()
      .max(512)
      .regex(/^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i, 'moet een URN zijn (urn:nld:…)'),
    type: z
      .string()
      .min(1)
      .max(256)
      .regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/i, 'moet in reverse-DNS-vorm zijn'),
    time: z.iso.datetime({ offset: true, error: 'moet een RFC 3339-tijdstip zijn' }),
    datacontenttype: z.literal('application/json', { error: 'moet "application/json" zijn' }),
    subject: z
      .string()
      .max(256)
      .refine((s) => !BSN_IN_TEXT.test(s), 'mag geen burgerservicenummer bevatten')
      .optional(),
    dataschema: z.string().optional(),
    data: z.unknown(),
  })
  .loose()
  .openapi('CloudEvent');

const Aangifte = z.object({
  aangever: z.object({ burgerservicenummer: Burgerservicenummer }).optional(),
  medeondertekenaars: z
    .array(z.object({ burgerservicenummer: Burgerservicenummer }))
    .max(10)
    .optional(),
  toestemmingsverklaringOverlegd: z.boolean().optional(),
  datum: IsoDateString.optional(),
});

export const EmigrationData = z.object({
  burgerservicenummer: Burgerservicenummer,
  datumAanvangAdresBuitenland: AbstractDatum,
  verblijfadres: z.object({
    regel1: z.string().max(40).optional(),
    regel2: z.string().max(50).optional(),
    regel3: z.string().max(35).optional(),
    land: Waardetabel4,
  }),
  gemeenteVanInschrijving: Waardetabel4,
  aangifte: Aangifte.optional(),
});

export const CorrectionData = EmigrationData.extend({ gecorrigeerdeGebeurtenis: z.string().min(1).max(256) });

export const WithdrawalData = z.object({
  burgerservicenummer: Burgerservicenummer,
  ingetrokkenGebeurtenis: z.string().min(1).max(256),
  gemeenteVanInschrijving: Waardetabel4.optional(),
});

export const ImmigrationData = z.object({
  burgerservicenummer: Burgerservicenummer,
  gemeenteVanInschrijving: Waardetabel4.optional(),
  datumVestigingInNederland: AbstractDatum.optional(),
  landVanwaarIngeschreven: z.object({ code: Code4, omschrijving: z.string().optional() }).optional(),
});

export const DATA_SCHEMAS: Record<string, z.ZodType> = {
  [EVENT_TYPES.emigration]: EmigrationData,
  [EVENT_TYPES.correction]: CorrectionData,
  [EVENT_TYPES.withdrawal]: WithdrawalData,
  [EVENT_TYPES.immigration]: ImmigrationData,
};

export type CloudEvent = z.infer<typeof CloudEventEnvelope>;
export type EmigrationDataT = z.infer<typeof EmigrationData>;
export type CorrectionDataT = z.infer<typeof CorrectionData>;
export type WithdrawalDataT = z.infer<typeof WithdrawalData>;
export type ImmigrationDataT = z.infer<typeof ImmigrationData>;

export const IntakeResult = z
  .object({ id: z.string(), status: z.enum(['ontvangen', 'dubbel', 'genegeerd']) })
  .openapi('GebeurtenisResultaat');
