// The part of the Haal Centraal BRP Personen API v2 response this service reads
// (docs/specs/brp-personen-2.7.0.openapi.yaml). Unknown fields pass through unread.
import { z } from '@hono/zod-openapi';
import { isValidIsoDate } from '../src/core/date.ts';

export const Waardetabel = z.object({ code: z.string(), omschrijving: z.string().optional() });

// A date the service computes with must be a real calendar day: a malformed one is an answer outside the spec.
export const AbstractDatumSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('Datum'),
    datum: z.string().refine(isValidIsoDate, 'geen geldige datum'),
    langFormaat: z.string().optional(),
  }),
  z.object({
    type: z.literal('JaarMaandDatum'),
    jaar: z.number().int().min(1),
    maand: z.number().int().min(1).max(12),
    langFormaat: z.string().optional(),
  }),
  z.object({ type: z.literal('JaarDatum'), jaar: z.number().int().min(1), langFormaat: z.string().optional() }),
  z.object({
    type: z.literal('DatumOnbekend'),
    onbekend: z.literal(true).optional(),
    langFormaat: z.string().optional(),
  }),
]);

/** Burgerservicenummer as the spec writes it (pattern ^[0-9]{9}$). */
const Bsn = z.string().regex(/^[0-9]{9}$/, 'geen 9 cijfers');

const NaamVolledigeNaam = z.object({ volledigeNaam: z.string().optional() }).loose();
const GezagPersoon = z.object({ burgerservicenummer: Bsn.optional(), naam: NaamVolledigeNaam.optional() }).loose();
const Derde = z
  .object({ type: z.string(), burgerservicenummer: Bsn.optional(), naam: NaamVolledigeNaam.optional() })
  .loose();

/** One custody relation; `type` is kept open so v1 names (TweehoofdigOuderlijkGezag) and future ones parse. */
export const Gezagsrelatie = z
  .object({
    type: z.string(),
    minderjarige: z.object({ burgerservicenummer: Bsn, naam: NaamVolledigeNaam.optional() }).loose(),
    inOnderzoek: z.boolean().optional(),
    ouders: z.array(GezagPersoon).optional(),
    ouder: GezagPersoon.optional(),
    derde: Derde.optional(),
    derden: z.array(Derde).optional(),
    toelichting: z.string().optional(),
  })
  .loose();

const VerblijfadresBuitenland = z
  .object({
    regel1: z.string().optional(),
    regel2: z.string().optional(),
    regel3: z.string().optional(),
    land: Waardetabel.optional(),
  })
  .loose();
const VerblijfadresBinnenland = z
  .object({
    officieleStraatnaam: z.string().optional(),
    korteStraatnaam: z.string().optional(),
    huisnummer: z.number().optional(),
    huisletter: z.string().optional(),
    huisnummertoevoeging: z.string().optional(),
    postcode: z.string().optional(),
    woonplaats: z.string().optional(),
  })
  .loose();

export const Verblijfplaats = z
  .object({
    type: z.string(),
    verblijfadres: z.union([VerblijfadresBinnenland, VerblijfadresBuitenland]).optional(),
    datumVan: AbstractDatumSchema.optional(),
  })
  .loose();

/**
 * Which of a person's own data are under investigation (spec: PersoonInOnderzoek). The BRP delivers it unasked,
 * for the asked fields it concerns; datumIngangOnderzoekGezag covers indicatieGezagMinderjarige and
 * indicatieCurateleRegister.
 */
export const PersoonInOnderzoek = z
  .object({
    burgerservicenummer: z.boolean().optional(),
    geslacht: z.boolean().optional(),
    leeftijd: z.boolean().optional(),
    gemeenteVanInschrijving: z.boolean().optional(),
    datumInschrijvingInGemeente: z.boolean().optional(),
    indicatieCurateleRegister: z.boolean().optional(),
    indicatieGezagMinderjarige: z.boolean().optional(),
    datumIngangOnderzoekPersoon: AbstractDatumSchema.optional(),
    datumIngangOnderzoekGemeente: AbstractDatumSchema.optional(),
    datumIngangOnderzoekGezag: AbstractDatumSchema.optional(),
  })
  .loose();

export const Persoon = z
  .object({
    burgerservicenummer: Bsn,
    naam: z
      .object({
        volledigeNaam: z.string().optional(),
        voornamen: z.string().optional(),
        geslachtsnaam: z.string().optional(),
        voorvoegsel: z.string().optional(),
      })
      .loose()
      .optional(),
    geboorte: z.object({ datum: AbstractDatumSchema.optional() }).loose().optional(),
    geheimhoudingPersoonsgegevens: z.boolean().optional(),
    gezag: z.array(Gezagsrelatie).optional(),
    verblijfplaats: Verblijfplaats.optional(),
    adressering: z
      .object({
        aanhef: z.string().optional(),
        aanschrijfwijze: z.object({ naam: z.string().optional() }).loose().optional(),
        adresregel1: z.string().optional(),
        adresregel2: z.string().optional(),
        adresregel3: z.string().optional(),
        land: Waardetabel.optional(),
        indicatieVastgesteldVerblijftNietOpAdres: z.boolean().optional(),
      })
      .loose()
      .optional(),
    gemeenteVanInschrijving: Waardetabel.optional(),
    indicatieGezagMinderjarige: Waardetabel.optional(),
    indicatieCurateleRegister: z.boolean().optional(),
    inOnderzoek: PersoonInOnderzoek.optional(),
  })
  .loose();

export const PersonenResponse = z.object({ type: z.string().optional(), personen: z.array(Persoon) }).loose();

export type BrpPersoon = z.infer<typeof Persoon>;
export type BrpGezagsrelatie = z.infer<typeof Gezagsrelatie>;
export type BrpPersoonInOnderzoek = z.infer<typeof PersoonInOnderzoek>;
