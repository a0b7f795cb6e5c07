// Bodies of /signalen and /sis-verzoeken.
import { z } from '@hono/zod-openapi';
import { DELIVERY_STATES, RECIPIENTS, SIGNAL_OUTCOMES, SIGNAL_STATUSES, SIS_STATUSES } from '../domain.ts';

export const Signaal = z
  .object({
    id: z.string(),
    ontvanger: z.enum(RECIPIENTS),
    niveau: z.string(),
    status: z.enum(SIGNAL_STATUSES),
    aangemaaktOp: z.string(),
    uiterlijkOppakkenOp: z.string(),
    termijnVerstreken: z.boolean(),
    aflevering: z.object({ status: z.enum(DELIVERY_STATES), pogingen: z.number() }),
    gegevens: z.record(z.string(), z.unknown()),
    afhandeling: z.record(z.string(), z.unknown()).nullable(),
    wijzigingen: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('Signaal');

export const SignaalLijst = z
  .object({ signalen: z.array(Signaal), volgende: z.string().optional() })
  .openapi('SignaalLijst');

export const AfsluitenInvoer = z
  .object({
    uitkomst: z
      .string()
      .trim()
      .min(2, 'geef de uitkomst')
      .max(200)
      .openapi({
        description:
          `Bij voorkeur een waarde uit de gepubliceerde lijst (${SIGNAL_OUTCOMES.join(', ')}); ` +
          'alleen die tellen in de evaluatiecijfers per regel.',
        example: 'terecht-actie-ondernomen',
      }),
    toelichting: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi('SignaalAfsluiten');

export const SisVerzoekInvoer = z
  .object({
    beslissingskenmerk: z.string().trim().min(3, 'een SIS-verzoek vereist het kenmerk van de beslissing').max(200),
    rechtsgrond: z
      .literal('art-32-1-c', { error: 'alleen art. 32 lid 1 onder c van Verordening (EU) 2018/1862' })
      .default('art-32-1-c'),
    reisdocumenten: z
      .array(z.object({ soort: z.string().min(1).max(50), nummer: z.string().min(1).max(50) }).strict())
      .max(10)
      .optional(),
    motivering: z.string().trim().min(10, 'motiveer het verzoek (minimaal 10 tekens)').max(4000),
  })
  .strict()
  .openapi('SisVerzoekInvoer');

export const SisVerzoek = z
  .object({
    id: z.string(),
    signaal: z.string(),
    status: z.enum(SIS_STATUSES),
    beslissingskenmerk: z.string().nullable(),
    rechtsgrond: z.string().nullable(),
    herbeoordelingOp: z.string(),
    aangemaaktOp: z.string(),
    historie: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('SisVerzoek');
