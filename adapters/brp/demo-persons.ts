// Demo persons of the built-in fake BRP (Haal Centraal Personen v2 shapes). Fictitious people with BSNs from the
// 9999xxxxx test range that pass the elfproef. DEMO_SCENARIOS names, per scenario, what the contract requires.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { longFormat, type AbstractDatum } from '../../src/core/date.ts';

const datum = (iso: string): AbstractDatum => ({ type: 'Datum', datum: iso, langFormaat: longFormat({ type: 'Datum', datum: iso }) });
const gemeente = (code: string) => ({ code, omschrijving: code === '0363' ? 'Amsterdam' : code === '0518' ? "'s-Gravenhage" : code === '1999' ? 'Registratie Niet Ingezetenen (RNI)' : code });

interface PersonSpec { bsn: string; naam: string; geboren: AbstractDatum | string; gemeente?: string; straat?: string; postcode?: string; woonplaats?: string; geheim?: boolean }

function adult(p: PersonSpec): BrpPersoon {
  const [voornamen, ...rest] = p.naam.split(' ');
  return {
    burgerservicenummer: p.bsn,
    naam: { voornamen, geslachtsnaam: rest.join(' '), volledigeNaam: p.naam },
    geboorte: { datum: typeof p.geboren === 'string' ? datum(p.geboren) : p.geboren },
    gemeenteVanInschrijving: gemeente(p.gemeente ?? '0363'),
    verblijfplaats: { type: 'Adres', verblijfadres: { korteStraatnaam: p.straat ?? 'Keizersgracht', huisnummer: 12, postcode: p.postcode ?? '1015 CJ', woonplaats: p.woonplaats ?? 'Amsterdam' } },
    adressering: { aanschrijfwijze: { naam: p.naam }, adresregel1: `${p.straat ?? 'Keizersgracht'} 12`, adresregel2: `${p.postcode ?? '1015 CJ'}  ${(p.woonplaats ?? 'Amsterdam').toUpperCase()}` },
    ...(p.geheim ? { geheimhoudingPersoonsgegevens: true } : {}),
  } as BrpPersoon;
}

type Gezag = NonNullable<BrpPersoon['gezag']>[number];
const ouder = (p: BrpPersoon) => ({ burgerservicenummer: p.burgerservicenummer, naam: { volledigeNaam: p.naam!.volledigeNaam } });

function child(p: PersonSpec, gezag: (self: { burgerservicenummer: string }) => Gezag | null): BrpPersoon {
  const base = adult(p);
  const g = gezag({ burgerservicenummer: p.bsn });
  return { ...base, gezag: g ? [g] : [] } as BrpPersoon;
}

const P = {
  anna: adult({ bsn: '999990007', naam: 'Anna Jansen', geboren: '1985-03-02', straat: 'Prinsengracht', postcode: '1016 HK' }),
  bas: adult({ bsn: '999990020', naam: 'Bas Jansen', geboren: '1983-07-19', straat: 'Linnaeusstraat', postcode: '1093 EK' }),
  carla: adult({ bsn: '999990032', naam: 'Carla Bakker', geboren: '1987-01-30' }),
  daan: adult({ bsn: '999990044', naam: 'Daan Bakker', geboren: '1986-11-11', straat: 'Javastraat', postcode: '1094 HB' }),
  eva: adult({ bsn: '999990056', naam: 'Eva Visser', geboren: '1984-05-05' }),
  frank: adult({ bsn: '999990068', naam: 'Frank Visser', geboren: '1982-02-14' }),
  gerda: adult({ bsn: '999990081', naam: 'Gerda Smit', geboren: '1988-08-08' }),
  hans: adult({ bsn: '999990093', naam: 'Hans Smit', geboren: '1987-09-09', straat: 'Overtoom', postcode: '1054 HN' }),
  ilse: adult({ bsn: '999990111', naam: 'Ilse Meijer', geboren: '1990-10-10' }),
  joke: adult({ bsn: '999990123', naam: 'Joke de Boer', geboren: '1989-04-04' }),
  karel: adult({ bsn: '999990135', naam: 'Karel Mulder', geboren: '1960-06-06', straat: 'Beethovenstraat', postcode: '1077 HN' }),
  lotte: adult({ bsn: '999990147', naam: 'Lotte Bos', geboren: '1970-07-07' }),
  mila: adult({ bsn: '999990159', naam: 'Mila Vos', geboren: '1991-01-01' }),
  noor: adult({ bsn: '999990160', naam: 'Noor Peters', geboren: '1986-02-02' }),
  olaf: adult({ bsn: '999990172', naam: 'Olaf Peters', geboren: '1985-03-03' }),
  pien: adult({ bsn: '999990184', naam: 'Pien Hendriks', geboren: '1992-04-04' }),
  quinten: adult({ bsn: '999990196', naam: 'Quinten Dekker', geboren: '1980-05-05' }),
  rosa: adult({ bsn: '999990202', naam: 'Rosa Dekker', geboren: '1981-06-06', straat: 'Ferdinand Bolstraat', postcode: '1072 LK' }),
  sanne: adult({ bsn: '999990214', naam: 'Sanne Brouwer', geboren: '1988-07-07' }),
  tim: adult({ bsn: '999990226', naam: 'Tim Brouwer', geboren: '1987-08-08', geheim: true }),
  uma: adult({ bsn: '999990238', naam: 'Uma de Wit', geboren: '1984-09-09' }),
  victor: adult({ bsn: '999990251', naam: 'Victor de Wit', geboren: '1983-10-10', straat: 'Kinkerstraat', postcode: '1053 DZ' }),
  wim: adult({ bsn: '999990263', naam: 'Wim van Dijk', geboren: '1975-11-11' }),
  xandra: adult({ bsn: '999990275', naam: 'Xandra van Dijk', geboren: '1976-12-12' }),
  yara: adult({ bsn: '999990287', naam: 'Yara Koster', geboren: '1985-01-15' }),
  zeger: adult({ bsn: '999990299', naam: 'Zeger Koster', geboren: '1984-02-16', straat: 'Rozengracht', postcode: '1016 NB' }),
  astrid: adult({ bsn: '999990305', naam: 'Astrid Willems', geboren: '1986-03-17' }),
  boris: {
    burgerservicenummer: '999990317',
    naam: { voornamen: 'Boris', geslachtsnaam: 'Willems', volledigeNaam: 'Boris Willems' },
    geboorte: { datum: datum('1985-04-18') },
    gemeenteVanInschrijving: gemeente('1999'),
    verblijfplaats: { type: 'VerblijfplaatsBuitenland', datumVan: datum('2023-05-01'), verblijfadres: { regel1: 'Hauptstraße 5', regel2: '10115 Berlin', land: { code: '9089', omschrijving: 'Duitsland' } } },
    adressering: { aanschrijfwijze: { naam: 'Boris Willems' }, adresregel1: 'Hauptstraße 5', adresregel2: '10115 Berlin', land: { code: '9089', omschrijving: 'Duitsland' } },
  } as BrpPersoon,
  cees: adult({ bsn: '999990329', naam: 'Cees Kramer', geboren: '1979-05-19' }),
  dirk: {
    burgerservicenummer: '999990330',
    naam: { voornamen: 'Dirk', geslachtsnaam: 'Kramer', volledigeNaam: 'Dirk Kramer' },
    geboorte: { datum: datum('1978-06-20') },
    gemeenteVanInschrijving: gemeente('0363'),
    verblijfplaats: { type: 'VerblijfplaatsOnbekend', datumVan: datum('2025-01-01') },
  } as BrpPersoon,
  femke: adult({ bsn: '999990354', naam: 'Femke Smits', geboren: '1990-07-21', gemeente: '0518', straat: 'Laan van Meerdervoort', postcode: '2517 AK', woonplaats: "'s-Gravenhage" }),
  gijs: adult({ bsn: '999990366', naam: 'Gijs Smits', geboren: '1989-08-22', gemeente: '0518', straat: 'Frederik Hendriklaan', postcode: '2582 BV', woonplaats: "'s-Gravenhage" }),
};

const joint = (a: BrpPersoon, b: BrpPersoon, type = 'GezamenlijkOuderlijkGezag', extra: object = {}) => (m: { burgerservicenummer: string }) => ({ type, minderjarige: m, ouders: [ouder(a), ouder(b)], ...extra }) as Gezag;

const C = {
  joint: child({ bsn: '999990378', naam: 'Lieke Jansen', geboren: '2016-04-12' }, joint(P.anna, P.bas)),
  v1: child({ bsn: '999990391', naam: 'Mees Bakker', geboren: '2015-02-03' }, joint(P.carla, P.daan, 'TweehoofdigOuderlijkGezag')),
  cosigned: child({ bsn: '999990408', naam: 'Noah Visser', geboren: '2014-06-07' }, joint(P.eva, P.frank)),
  consent: child({ bsn: '999990421', naam: 'Olivia Smit', geboren: '2017-09-10' }, joint(P.gerda, P.hans)),
  sole: child({ bsn: '999990433', naam: 'Pim Meijer', geboren: '2018-12-01' }, (m) => ({ type: 'EenhoofdigOuderlijkGezag', minderjarige: m, ouder: ouder(P.ilse) }) as Gezag),
  third: child({ bsn: '999990445', naam: 'Quinn de Boer', geboren: '2013-03-13' }, (m) => ({ type: 'GezamenlijkGezag', minderjarige: m, ouder: ouder(P.joke), derde: { type: 'BekendeDerde', ...ouder(P.karel) } }) as Gezag),
  guardian: child({ bsn: '999990457', naam: 'Roos Bos', geboren: '2012-11-30' }, (m) => ({ type: 'Voogdij', minderjarige: m, derden: [{ type: 'BekendeDerde', ...ouder(P.lotte) }] }) as Gezag),
  notDeterminable: child({ bsn: '999990469', naam: 'Sem Vos', geboren: '2019-01-20' }, (m) => ({ type: 'GezagNietTeBepalen', minderjarige: m, toelichting: 'gezag kan niet worden bepaald omdat de relatie tussen ouder en kind niet duidelijk is' }) as Gezag),
  underInvestigation: child({ bsn: '999990470', naam: 'Tess Peters', geboren: '2016-08-18' }, joint(P.noor, P.olaf, 'GezamenlijkOuderlijkGezag', { inOnderzoek: true })),
  temporarilyNone: child({ bsn: '999990482', naam: 'Ties Hendriks', geboren: '2017-05-25' }, (m) => ({ type: 'TijdelijkGeenGezag', minderjarige: m, toelichting: 'tijdelijk geen gezag' }) as Gezag),
  secretChild: { ...child({ bsn: '999990494', naam: 'Vera Dekker', geboren: '2015-10-10' }, joint(P.quinten, P.rosa)), geheimhoudingPersoonsgegevens: true } as BrpPersoon,
  secretRecipient: child({ bsn: '999990500', naam: 'Wout Brouwer', geboren: '2014-12-24' }, joint(P.sanne, P.tim)),
  partialMonth: child({ bsn: '999990512', naam: 'Xena de Wit', geboren: { type: 'JaarMaandDatum', jaar: 2012, maand: 3, langFormaat: 'maart 2012' } }, joint(P.uma, P.victor)),
  partialYear: child({ bsn: '999990524', naam: 'Yuri de Wit', geboren: { type: 'JaarDatum', jaar: 2009, langFormaat: '2009' } }, joint(P.uma, P.victor)),
  turns18: child({ bsn: '999990536', naam: 'Zoe van Dijk', geboren: '2009-01-10' }, joint(P.wim, P.xandra)),
  sibling1: child({ bsn: '999990548', naam: 'Anouk Koster', geboren: '2013-02-02' }, joint(P.yara, P.zeger)),
  sibling2: child({ bsn: '999990561', naam: 'Bente Koster', geboren: '2015-03-03' }, joint(P.yara, P.zeger)),
  sibling3: child({ bsn: '999990573', naam: 'Cas Koster', geboren: '2019-04-04' }, joint(P.yara, P.zeger)),
  recipientAbroad: child({ bsn: '999990585', naam: 'Daan Willems', geboren: '2016-06-16' }, joint(P.astrid, P.boris)),
  recipientNoAddress: child({ bsn: '999990597', naam: 'Elin Kramer', geboren: '2018-07-17' }, joint(P.cees, P.dirk)),
  hague: child({ bsn: '999990615', naam: 'Fenna Smits', geboren: '2017-08-08', gemeente: '0518', straat: 'Laan van Meerdervoort', postcode: '2517 AK', woonplaats: "'s-Gravenhage" }, joint(P.femke, P.gijs)),
};

export const demoPersons: BrpPersoon[] = [...Object.values(P), ...Object.values(C)];

/** Full names and family names of 4+ letters: the test harness fails when any appears in a log line. */
export function demoNames(): string[] {
  const names = new Set<string>();
  for (const p of demoPersons) {
    if (p.naam?.volledigeNaam) names.add(p.naam.volledigeNaam);
    const family = p.naam?.geslachtsnaam?.split(' ').at(-1);
    if (family && family.length >= 4) names.add(family);
  }
  return [...names];
}

export interface DemoScenario {
  key: string;
  description: string;
  childBsn: string;
  declarantBsn?: string;
  coSignerBsns?: string[];
  writtenConsent?: boolean;
  departureDate: string;
  countryCode: string;
  municipalityCode: string;
  expected: { status: 'beoordeeld' | 'niet-van-toepassing' | 'handmatige-controle'; reden: string; notifiedBsns: string[]; heldForSafety: boolean };
}

const APPLIES = 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken';
const s = (key: string, description: string, c: BrpPersoon, declarant: BrpPersoon | undefined, expected: DemoScenario['expected'], extra: Partial<DemoScenario> = {}): DemoScenario => ({
  key, description, childBsn: c.burgerservicenummer, declarantBsn: declarant?.burgerservicenummer, departureDate: '2026-12-15', countryCode: '5010', municipalityCode: '0363', expected, ...extra,
});

export const DEMO_SCENARIOS: DemoScenario[] = [
  s('gezamenlijk-gezag', 'joint parental custody (v2 name), declared by one parent', C.joint, P.anna, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.bas.burgerservicenummer], heldForSafety: false }),
  s('gezamenlijk-gezag-v1', 'joint custody under the v1 name TweehoofdigOuderlijkGezag', C.v1, P.carla, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.daan.burgerservicenummer], heldForSafety: false }, { countryCode: '7028' }),
  s('medeondertekend', 'the other parent co-signed in person', C.cosigned, P.eva, { status: 'niet-van-toepassing', reden: 'alle-gezaghouders-betrokken', notifiedBsns: [], heldForSafety: false }, { coSignerBsns: [P.frank.burgerservicenummer] }),
  s('toestemmingsverklaring', 'written consent only: still notified', C.consent, P.gerda, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.hans.burgerservicenummer], heldForSafety: false }, { writtenConsent: true }),
  s('eenhoofdig-gezag', 'sole parental custody', C.sole, P.ilse, { status: 'niet-van-toepassing', reden: 'geen-gezamenlijk-gezag', notifiedBsns: [], heldForSafety: false }),
  s('ouder-en-derde', 'custody of a parent with a third party, declared by the parent', C.third, P.joke, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.karel.burgerservicenummer], heldForSafety: false }),
  s('voogdij', 'guardianship by one third party', C.guardian, P.lotte, { status: 'niet-van-toepassing', reden: 'geen-gezamenlijk-gezag', notifiedBsns: [], heldForSafety: false }),
  s('gezag-niet-te-bepalen', 'GezagNietTeBepalen: unknown, checked by hand', C.notDeterminable, P.mila, { status: 'handmatige-controle', reden: 'gezag-onbekend', notifiedBsns: [], heldForSafety: false }),
  s('gezag-in-onderzoek', 'joint custody under investigation (inOnderzoek)', C.underInvestigation, P.noor, { status: 'handmatige-controle', reden: 'gezag-in-onderzoek', notifiedBsns: [], heldForSafety: false }),
  s('tijdelijk-geen-gezag', 'TijdelijkGeenGezag: unknown, checked by hand', C.temporarilyNone, P.pien, { status: 'handmatige-controle', reden: 'gezag-onbekend', notifiedBsns: [], heldForSafety: false }),
  s('geheimhouding-kind', 'the child has geheimhouding: notification held', C.secretChild, P.quinten, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.rosa.burgerservicenummer], heldForSafety: true }),
  s('geheimhouding-ontvanger', 'the other parent has geheimhouding: notification held', C.secretRecipient, P.sanne, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.tim.burgerservicenummer], heldForSafety: true }),
  s('onvolledige-geboortedatum-maand', 'birth date known to the month only; may be a minor', C.partialMonth, P.uma, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.victor.burgerservicenummer], heldForSafety: false }, { departureDate: '2030-03-15' }),
  s('onvolledige-geboortedatum-jaar', 'birth year only; may be a minor', C.partialYear, P.uma, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.victor.burgerservicenummer], heldForSafety: false }, { departureDate: '2027-06-01' }),
  s('wordt-18-voor-vertrek', 'a 17-year-old who turns 18 before the departure date', C.turns18, P.wim, { status: 'niet-van-toepassing', reden: 'meerderjarig-op-vertrekdatum', notifiedBsns: [], heldForSafety: false }, { departureDate: '2027-02-01' }),
  s('broers-en-zussen-1', 'first of three siblings declared by the same parent', C.sibling1, P.yara, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.zeger.burgerservicenummer], heldForSafety: false }, { countryCode: '6043' }),
  s('broers-en-zussen-2', 'second sibling', C.sibling2, P.yara, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.zeger.burgerservicenummer], heldForSafety: false }, { countryCode: '6043' }),
  s('broers-en-zussen-3', 'third sibling', C.sibling3, P.yara, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.zeger.burgerservicenummer], heldForSafety: false }, { countryCode: '6043' }),
  s('ontvanger-in-buitenland', 'the other parent lives abroad (RNI): letter to the foreign address', C.recipientAbroad, P.astrid, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.boris.burgerservicenummer], heldForSafety: false }),
  s('ontvanger-zonder-adres', 'the other parent has no usable address: manual check', C.recipientNoAddress, P.cees, { status: 'handmatige-controle', reden: APPLIES, notifiedBsns: [P.dirk.burgerservicenummer], heldForSafety: true }),
  s('kind-onbekend', 'a valid BSN the BRP does not know', { burgerservicenummer: '999990603' } as BrpPersoon, P.anna, { status: 'handmatige-controle', reden: 'kind-niet-gevonden', notifiedBsns: [], heldForSafety: false }),
  s('den-haag', "joint custody in 's-Gravenhage (0518)", C.hague, P.femke, { status: 'beoordeeld', reden: APPLIES, notifiedBsns: [P.gijs.burgerservicenummer], heldForSafety: false }, { municipalityCode: '0518' }),
];
