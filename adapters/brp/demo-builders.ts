// Builders of demo persons in the shapes the BRP Personen API v2 returns them, so that demo-persons.ts reads as a
// register of people and custody relations instead of nested JSON. Derived fields (voorletters, adressering,
// langFormaat) are computed the way the BRP composes them, so they never contradict the source fields.
import type { BrpGezagsrelatie, BrpPersoon, BrpPersoonInOnderzoek } from '../../schemas/brp.ts';
import { type AbstractDatum, longFormat } from '../../src/core/date.ts';

export const datum = (iso: string): AbstractDatum => ({
  type: 'Datum',
  datum: iso,
  langFormaat: longFormat({ type: 'Datum', datum: iso }),
});

const GEMEENTEN: Record<string, string> = {
  '0363': 'Amsterdam',
  '0518': "'s-Gravenhage",
  '0599': 'Rotterdam',
  '0344': 'Utrecht',
  '1999': 'Registratie Niet Ingezetenen (RNI)',
};
const gemeente = (code: string) => ({ code, omschrijving: GEMEENTEN[code] ?? code });

export interface DutchAddress {
  straat: string;
  huisnummer: number;
  postcode: string;
  woonplaats: string;
  gemeente: DemoMunicipality;
}

/** Municipalities the demo and synthetic registers live in. */
export type DemoMunicipality = '0363' | '0518' | '0599' | '0344';

export interface ForeignAddress {
  regel1: string;
  regel2: string;
  regel3?: string;
  land: { code: string; omschrijving: string };
}

/**
 * Where a person lives: a Dutch address, abroad (registered in the RNI), unknown (the last municipality keeps
 * the registration), or with a parent (a child shares that parent's registration and address lines).
 */
export type Residence =
  | { adres: DutchAddress; sinds: string }
  | { buitenland: ForeignAddress; sinds: string }
  | { onbekend: true; sinds: string; gemeente: DemoMunicipality }
  | { bij: BrpPersoon };

export interface PersonSpec {
  bsn: string;
  /** "Joke de Boer": the first word is the voornaam, then an optional voorvoegsel, then the geslachtsnaam. */
  naam: string;
  geslacht: 'V' | 'M';
  geboren: string | AbstractDatum;
  woont: Residence;
  geheim?: boolean;
  /**
   * Person-level data under investigation, from a date: `gezag` marks the custody data (a child's
   * indicatieGezagMinderjarige, an adult's indicatieCurateleRegister), `persoon` the BSN, sex and age.
   */
  inOnderzoek?: { gezag?: string; persoon?: string };
}

/** The indicator the court's custody register gives a minor: the same holders as the Gezagsrelatie names. */
const INDICATIE_GEZAG: Record<string, { code: string; omschrijving: string }> = {
  GezamenlijkOuderlijkGezag: { code: '12', omschrijving: 'Ouder1 en ouder2 hebben het gezag' },
  EenhoofdigOuderlijkGezag: { code: '1', omschrijving: 'Ouder1 heeft het gezag' },
  GezamenlijkGezag: { code: '1D', omschrijving: 'Ouder1 en een derde hebben het gezag' },
  Voogdij: { code: 'D', omschrijving: 'Een of meer derden hebben het gezag' },
};

/** PersoonInOnderzoek as the BRP writes it: a flag per field and the date the investigation of its group began. */
function investigation(o: NonNullable<PersonSpec['inOnderzoek']>, minor: boolean): BrpPersoonInOnderzoek {
  return {
    ...(o.persoon
      ? { burgerservicenummer: true, geslacht: true, leeftijd: true, datumIngangOnderzoekPersoon: datum(o.persoon) }
      : {}),
    ...(o.gezag ? { [minor ? 'indicatieGezagMinderjarige' : 'indicatieCurateleRegister']: true } : {}),
    ...(o.gezag ? { datumIngangOnderzoekGezag: datum(o.gezag) } : {}),
  };
}

const VOORVOEGSEL = /^(van der|van den|van de|van|de|den|ter|ten) (.+)$/;

function naamOf(full: string, geslacht: 'V' | 'M') {
  const [voornamen, ...rest] = full.split(' ');
  const m = VOORVOEGSEL.exec(rest.join(' '));
  const voorvoegsel = m?.[1];
  const geslachtsnaam = m ? m[2] : rest.join(' ');
  const voorletters = voornamen
    .split(' ')
    .map((n) => `${n[0]}.`)
    .join('');
  const achternaam = [voorvoegsel, geslachtsnaam].filter(Boolean).join(' ');
  const aanspreek = geslacht === 'V' ? 'mevrouw' : 'de heer';
  // The BRP capitalises the voorvoegsel in the aanhef ("Geachte mevrouw De Boer") but not in running text.
  const aanhefNaam = voorvoegsel
    ? `${voorvoegsel[0].toUpperCase()}${voorvoegsel.slice(1)} ${geslachtsnaam}`
    : geslachtsnaam;
  return {
    naam: { voornamen, ...(voorvoegsel ? { voorvoegsel } : {}), geslachtsnaam, voorletters, volledigeNaam: full },
    adressering: {
      aanhef: `Geachte ${geslacht === 'V' ? 'mevrouw' : 'heer'} ${aanhefNaam}`,
      aanschrijfwijze: { naam: `${voorletters} ${achternaam}` },
      gebruikInLopendeTekst: `${aanspreek} ${voorletters} ${achternaam}`,
    },
  };
}

function residenceOf(w: Residence, geboren: AbstractDatum) {
  if ('bij' in w) {
    const { gemeenteVanInschrijving, verblijfplaats, adressering: a } = structuredClone(w.bij);
    // A child born after the parent moved in lives there since birth.
    const van = verblijfplaats?.datumVan;
    if (verblijfplaats && van?.type === 'Datum' && geboren.type === 'Datum' && geboren.datum > van.datum)
      verblijfplaats.datumVan = geboren;
    const { adresregel1, adresregel2, adresregel3, land } = a ?? {};
    return {
      gemeenteVanInschrijving,
      verblijfplaats,
      adresregels: { adresregel1, adresregel2, ...(adresregel3 ? { adresregel3 } : {}), ...(land ? { land } : {}) },
    };
  }
  if ('adres' in w) {
    const a = w.adres;
    return {
      gemeenteVanInschrijving: gemeente(a.gemeente),
      verblijfplaats: {
        type: 'Adres',
        datumVan: datum(w.sinds),
        functieAdres: { code: 'W', omschrijving: 'woonadres' },
        verblijfadres: {
          officieleStraatnaam: a.straat,
          korteStraatnaam: a.straat,
          huisnummer: a.huisnummer,
          postcode: a.postcode,
          woonplaats: a.woonplaats,
        },
      },
      // The BRP separates postcode and woonplaats by two spaces on the second line.
      adresregels: {
        adresregel1: `${a.straat} ${a.huisnummer}`,
        adresregel2: `${a.postcode}  ${a.woonplaats.toUpperCase()}`,
      },
    };
  }
  if ('buitenland' in w) {
    const b = w.buitenland;
    return {
      gemeenteVanInschrijving: gemeente('1999'),
      verblijfplaats: { type: 'VerblijfplaatsBuitenland', datumVan: datum(w.sinds), verblijfadres: { ...b } },
      adresregels: {
        adresregel1: b.regel1,
        adresregel2: b.regel2,
        ...(b.regel3 ? { adresregel3: b.regel3 } : {}),
        land: { ...b.land },
      },
    };
  }
  // No address at all: the adressering keeps the name lines only.
  return {
    gemeenteVanInschrijving: gemeente(w.gemeente),
    verblijfplaats: { type: 'VerblijfplaatsOnbekend', datumVan: datum(w.sinds) },
    adresregels: {},
  };
}

export function person(p: PersonSpec, gezag?: (self: Minderjarige) => BrpGezagsrelatie): BrpPersoon {
  const { naam, adressering } = naamOf(p.naam, p.geslacht);
  const geboren = typeof p.geboren === 'string' ? datum(p.geboren) : p.geboren;
  const { gemeenteVanInschrijving, verblijfplaats, adresregels } = residenceOf(p.woont, geboren);
  const self = { burgerservicenummer: p.bsn, naam: { volledigeNaam: p.naam } };
  const relation = gezag?.(self);
  // A custody indicator exists only after a court ruling; the demo gives one to children whose custody is investigated.
  const indicator = p.inOnderzoek?.gezag && relation ? INDICATIE_GEZAG[relation.type] : undefined;
  return {
    burgerservicenummer: p.bsn,
    ...(p.geheim ? { geheimhoudingPersoonsgegevens: true } : {}),
    ...(p.inOnderzoek ? { inOnderzoek: investigation(p.inOnderzoek, !!gezag) } : {}),
    ...(indicator ? { indicatieGezagMinderjarige: indicator } : {}),
    geslacht: p.geslacht === 'V' ? { code: 'V', omschrijving: 'vrouw' } : { code: 'M', omschrijving: 'man' },
    naam,
    geboorte: { datum: geboren },
    gemeenteVanInschrijving,
    verblijfplaats,
    adressering: { ...adressering, ...adresregels },
    ...(relation ? { gezag: [relation] } : {}),
  } as BrpPersoon;
}

// ---- custody relations (Gezagsrelatie), each for the minor it is attached to ----

export type Minderjarige = BrpGezagsrelatie['minderjarige'];

const gezagPersoon = (p: BrpPersoon) => ({
  burgerservicenummer: p.burgerservicenummer,
  naam: { volledigeNaam: p.naam?.volledigeNaam },
});
const bekendeDerde = (p: BrpPersoon) => ({ type: 'BekendeDerde', ...gezagPersoon(p) });

/** Two parents; `type` may be the v1 name TweehoofdigOuderlijkGezag, which the BRP still returns in places. */
export const gezamenlijkOuderlijk =
  (a: BrpPersoon, b: BrpPersoon, o: { type?: string; inOnderzoek?: boolean } = {}) =>
  (m: Minderjarige): BrpGezagsrelatie => ({
    type: o.type ?? 'GezamenlijkOuderlijkGezag',
    minderjarige: m,
    ouders: [gezagPersoon(a), gezagPersoon(b)],
    ...(o.inOnderzoek ? { inOnderzoek: true } : {}),
  });

export const eenhoofdigOuderlijk =
  (ouder: BrpPersoon) =>
  (m: Minderjarige): BrpGezagsrelatie => ({
    type: 'EenhoofdigOuderlijkGezag',
    minderjarige: m,
    ouder: gezagPersoon(ouder),
  });

/** A parent together with a third party; null: a third party the BRP cannot name (OnbekendeDerde). */
export const gezamenlijkMetDerde =
  (ouder: BrpPersoon, derde: BrpPersoon | null) =>
  (m: Minderjarige): BrpGezagsrelatie => ({
    type: 'GezamenlijkGezag',
    minderjarige: m,
    ouder: gezagPersoon(ouder),
    derde: derde ? bekendeDerde(derde) : { type: 'OnbekendeDerde' },
  });

export const voogdij =
  (...derden: BrpPersoon[]) =>
  (m: Minderjarige): BrpGezagsrelatie => ({ type: 'Voogdij', minderjarige: m, derden: derden.map(bekendeDerde) });

export const zonderGezaghouder =
  (type: 'GezagNietTeBepalen' | 'TijdelijkGeenGezag', toelichting: string) =>
  (m: Minderjarige): BrpGezagsrelatie => ({ type, minderjarige: m, toelichting });
