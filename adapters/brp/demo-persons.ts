// The demo register of the built-in fake BRP, and DEMO_SCENARIOS: per case, the departure to post and what the
// contract (§7) requires as outcome. Fictitious people; every BSN is in the 9999xxxxx test range and passes the
// elfproef. Dates are fixed (children born 2012-2020, departures December 2026 and 2027) so outcomes never drift;
// the few children born in 2009 are there on purpose, to sit at the edge of majority.
import type { BrpPersoon } from '../../schemas/brp.ts';
import {
  eenhoofdigOuderlijk,
  gezamenlijkMetDerde,
  gezamenlijkOuderlijk,
  type PersonSpec,
  person,
  type Residence,
  voogdij,
  zonderGezaghouder,
} from './demo-builders.ts';

const amsterdam = (straat: string, huisnummer: number, postcode: string, sinds = '2015-06-01'): Residence => ({
  adres: { straat, huisnummer, postcode, woonplaats: 'Amsterdam', gemeente: '0363' },
  sinds,
});
const denHaag = (straat: string, huisnummer: number, postcode: string, sinds = '2016-09-01'): Residence => ({
  adres: { straat, huisnummer, postcode, woonplaats: "'s-Gravenhage", gemeente: '0518' },
  sinds,
});

const adult = (
  bsn: string,
  naam: string,
  geslacht: 'V' | 'M',
  geboren: string,
  woont: Residence,
  extra: Partial<PersonSpec> = {},
) => person({ bsn, naam, geslacht, geboren, woont, ...extra });

const P = {
  anna: adult('999990007', 'Anna Jansen', 'V', '1985-03-02', amsterdam('Prinsengracht', 263, '1016 GV')),
  bas: adult('999990020', 'Bas Jansen', 'M', '1983-07-19', amsterdam('Linnaeusstraat', 35, '1093 EE')),
  carla: adult('999990032', 'Carla Bakker', 'V', '1987-01-30', amsterdam('Keizersgracht', 324, '1016 EZ')),
  daan: adult('999990044', 'Daan Bakker', 'M', '1986-11-11', amsterdam('Javastraat', 118, '1095 CP')),
  eva: adult('999990056', 'Eva Visser', 'V', '1984-05-05', amsterdam('Overtoom', 301, '1054 HW')),
  frank: adult('999990068', 'Frank Visser', 'M', '1982-02-14', amsterdam('Overtoom', 301, '1054 HW')),
  gerda: adult('999990081', 'Gerda Smit', 'V', '1988-08-08', amsterdam('Kinkerstraat', 89, '1053 DZ')),
  hans: adult('999990093', 'Hans Smit', 'M', '1987-09-09', amsterdam('Bilderdijkstraat', 7, '1053 KM')),
  ilse: adult('999990111', 'Ilse Meijer', 'V', '1990-10-10', amsterdam('Rozengracht', 133, '1016 LV')),
  joke: adult('999990123', 'Joke de Boer', 'V', '1989-04-04', amsterdam('Beethovenstraat', 58, '1077 JH')),
  karel: adult('999990135', 'Karel Mulder', 'M', '1960-06-06', amsterdam('Apollolaan', 101, '1077 AN')),
  lotte: adult('999990147', 'Lotte Bosman', 'V', '1970-07-07', amsterdam('Ferdinand Bolstraat', 14, '1072 LJ')),
  mila: adult('999990159', 'Mila Vossen', 'V', '1991-01-01', amsterdam('Vondelstraat', 41, '1054 GE')),
  noor: adult('999990160', 'Noor Peters', 'V', '1986-02-02', amsterdam('Jan Pieter Heijestraat', 12, '1053 GN')),
  olaf: adult('999990172', 'Olaf Peters', 'M', '1985-03-03', amsterdam('Haarlemmerdijk', 60, '1013 JE')),
  pien: adult('999990184', 'Pien Hendriks', 'V', '1992-04-04', amsterdam('Czaar Peterstraat', 21, '1018 NW')),
  quinten: adult('999990196', 'Quinten Dekker', 'M', '1980-05-05', amsterdam('Wibautstraat', 150, '1091 GR')),
  rosa: adult('999990202', 'Rosa Dekker', 'V', '1981-06-06', amsterdam('Ceintuurbaan', 200, '1072 GC')),
  sanne: adult('999990214', 'Sanne Brouwer', 'V', '1988-07-07', amsterdam('Van Woustraat', 77, '1074 AD')),
  tim: adult('999990226', 'Tim Brouwer', 'M', '1987-08-08', amsterdam('Admiraal de Ruijterweg', 300, '1055 MK'), {
    geheim: true,
  }),
  uma: adult('999990238', 'Uma de Witte', 'V', '1984-09-09', amsterdam('Bos en Lommerweg', 90, '1055 DS')),
  victor: adult('999990251', 'Victor de Witte', 'M', '1983-10-10', amsterdam('Kinkerstraat', 200, '1053 EM')),
  wim: adult('999990263', 'Wim van Dijk', 'M', '1975-11-11', amsterdam('Sarphatistraat', 8, '1017 WS')),
  xandra: adult('999990275', 'Xandra van Dijk', 'V', '1976-12-12', amsterdam('Plantage Middenlaan', 30, '1018 DG')),
  yara: adult('999990287', 'Yara Koster', 'V', '1985-01-15', amsterdam('Hoofdweg', 44, '1058 AX')),
  zeger: adult('999990299', 'Zeger Koster', 'M', '1984-02-16', amsterdam('Rozengracht', 20, '1016 NB')),
  astrid: adult('999990305', 'Astrid Willems', 'V', '1986-03-17', amsterdam('Nassaukade', 120, '1052 EB')),
  // Registered abroad (RNI): the letter goes to the foreign address.
  boris: adult('999990317', 'Boris Willems', 'M', '1985-04-18', {
    buitenland: {
      regel1: 'Hauptstraße 5',
      regel2: '10115 Berlin',
      land: { code: '9089', omschrijving: 'Bondsrepubliek Duitsland' },
    },
    sinds: '2023-05-01',
  }),
  cees: adult('999990329', 'Cees Kramer', 'M', '1979-05-19', amsterdam('Marnixstraat', 250, '1016 TL')),
  // Address unknown to the BRP: no letter can go out; a person must look.
  dirk: adult('999990330', 'Dirk Kramer', 'M', '1978-06-20', { onbekend: true, sinds: '2025-01-01', gemeente: '0363' }),
  femke: adult('999990354', 'Femke Smits', 'V', '1990-07-21', denHaag('Laan van Meerdervoort', 52, '2517 AG')),
  gijs: adult('999990366', 'Gijs Smits', 'M', '1989-08-22', denHaag('Frederik Hendriklaan', 120, '2582 BZ')),
  hanna: adult('999990627', 'Hanna Verbeek', 'V', '1987-10-03', amsterdam('Valkenburgerstraat', 15, '1011 MJ'), {
    geheim: true,
  }),
  jeroen: adult('999990639', 'Jeroen Verbeek', 'M', '1986-12-24', amsterdam('Weesperzijde', 70, '1091 EJ')),
  kim: adult('999990652', 'Kim Hoekstra', 'V', '1993-02-11', amsterdam('Lindengracht', 55, '1015 KD')),
  marit: adult('999990676', 'Marit Jacobs', 'V', '1990-05-30', amsterdam('Elandsgracht', 9, '1016 TM')),
  niels: adult('999990688', 'Niels Jacobs', 'M', '1989-03-12', amsterdam('Admiraal de Ruijterweg', 12, '1056 GK')),
  ruben: adult('999990901', 'Ruben Vermeulen', 'M', '1984-11-02', amsterdam('Van Baerlestraat', 27, '1071 AN')),
  sara: adult('999990913', 'Sara Vermeulen', 'V', '1986-01-19', amsterdam('Jan Evertsenstraat', 88, '1056 EH')),
  tom: adult('999990925', 'Tom Claassen', 'M', '1982-06-30', amsterdam('Stadionweg', 5, '1077 RV')),
  // Whether she may hold custody (curatele) is under investigation in the BRP.
  ursula: adult('999990937', 'Ursula Claassen', 'V', '1983-09-14', amsterdam('Spaarndammerstraat', 61, '1013 SZ'), {
    inOnderzoek: { gezag: '2026-09-01' },
  }),
  // Sem's father: the BRP cannot tell his custody; the demo records it by hand from the court's register.
  milan: adult('999990962', 'Milan Vossen', 'M', '1990-03-08', amsterdam('Bilderdijkstraat', 150, '1053 KV')),
};

const child = (
  bsn: string,
  naam: string,
  geslacht: 'V' | 'M',
  geboren: PersonSpec['geboren'],
  woont: Residence,
  gezag: Parameters<typeof person>[1],
  extra: Partial<PersonSpec> = {},
) => person({ bsn, naam, geslacht, geboren, woont, ...extra }, gezag);

const C = {
  joint: child('999990378', 'Lieke Jansen', 'V', '2016-04-12', { bij: P.anna }, gezamenlijkOuderlijk(P.anna, P.bas)),
  v1: child(
    '999990391',
    'Mees Bakker',
    'M',
    '2015-02-03',
    { bij: P.carla },
    gezamenlijkOuderlijk(P.carla, P.daan, { type: 'TweehoofdigOuderlijkGezag' }),
  ),
  cosigned: child('999990408', 'Noah Visser', 'M', '2014-06-07', { bij: P.eva }, gezamenlijkOuderlijk(P.eva, P.frank)),
  consent: child(
    '999990421',
    'Olivia Smit',
    'V',
    '2017-09-10',
    { bij: P.gerda },
    gezamenlijkOuderlijk(P.gerda, P.hans),
  ),
  sole: child('999990433', 'Pim Meijer', 'M', '2018-12-01', { bij: P.ilse }, eenhoofdigOuderlijk(P.ilse)),
  third: child('999990445', 'Quinn de Boer', 'M', '2013-03-13', { bij: P.joke }, gezamenlijkMetDerde(P.joke, P.karel)),
  guardian: child('999990457', 'Roos Bosman', 'V', '2012-11-30', { bij: P.lotte }, voogdij(P.lotte)),
  notDeterminable: child(
    '999990469',
    'Sem Vossen',
    'M',
    '2019-01-20',
    { bij: P.mila },
    zonderGezaghouder(
      'GezagNietTeBepalen',
      'gezag is niet te bepalen omdat de relatie tussen ouder en kind niet duidelijk is.',
    ),
  ),
  underInvestigation: child(
    '999990470',
    'Tess Peters',
    'V',
    '2016-08-18',
    { bij: P.noor },
    gezamenlijkOuderlijk(P.noor, P.olaf, { inOnderzoek: true }),
  ),
  temporarilyNone: child(
    '999990482',
    'Ties Hendriks',
    'M',
    '2017-05-25',
    { bij: P.pien },
    zonderGezaghouder('TijdelijkGeenGezag', 'gezag is tijdelijk niet belegd: de ouder is minderjarig.'),
  ),
  secretChild: child(
    '999990494',
    'Vera Dekker',
    'V',
    '2015-10-10',
    { bij: P.quinten },
    gezamenlijkOuderlijk(P.quinten, P.rosa),
    { geheim: true },
  ),
  secretRecipient: child(
    '999990500',
    'Wout Brouwer',
    'M',
    '2014-12-24',
    { bij: P.sanne },
    gezamenlijkOuderlijk(P.sanne, P.tim),
  ),
  secretDeclarant: child(
    '999990640',
    'Isa Verbeek',
    'V',
    '2018-04-09',
    { bij: P.hanna },
    gezamenlijkOuderlijk(P.hanna, P.jeroen),
    { geheim: true },
  ),
  // Born in June 2009 (day unknown): turns 18 somewhere in June 2027, so on 15 June 2027 they may still be a minor.
  partialMonth: child(
    '999990512',
    'Xena de Witte',
    'V',
    { type: 'JaarMaandDatum', jaar: 2009, maand: 6, langFormaat: 'juni 2009' },
    { bij: P.uma },
    gezamenlijkOuderlijk(P.uma, P.victor),
  ),
  // Born in 2009 (from a foreign deed, year only): on 1 March 2027 they may still be a minor.
  partialYear: child(
    '999990524',
    'Yuri Jacobs',
    'M',
    { type: 'JaarDatum', jaar: 2009, langFormaat: '2009' },
    { bij: P.marit },
    gezamenlijkOuderlijk(P.marit, P.niels),
  ),
  // 17 in late 2026, 18 on 10 January 2027: adult on a departure in February 2027.
  turns18: child('999990536', 'Zoe van Dijk', 'V', '2009-01-10', { bij: P.wim }, gezamenlijkOuderlijk(P.wim, P.xandra)),
  sibling1: child(
    '999990548',
    'Anouk Koster',
    'V',
    '2013-02-02',
    { bij: P.yara },
    gezamenlijkOuderlijk(P.yara, P.zeger),
  ),
  sibling2: child(
    '999990561',
    'Bente Koster',
    'V',
    '2015-03-03',
    { bij: P.yara },
    gezamenlijkOuderlijk(P.yara, P.zeger),
  ),
  sibling3: child('999990573', 'Cas Koster', 'M', '2019-04-04', { bij: P.yara }, gezamenlijkOuderlijk(P.yara, P.zeger)),
  recipientAbroad: child(
    '999990585',
    'Daan Willems',
    'M',
    '2016-06-16',
    { bij: P.astrid },
    gezamenlijkOuderlijk(P.astrid, P.boris),
  ),
  recipientNoAddress: child(
    '999990597',
    'Elin Kramer',
    'V',
    '2018-07-17',
    { bij: P.cees },
    gezamenlijkOuderlijk(P.cees, P.dirk),
  ),
  unknownThirdParty: child(
    '999990664',
    'Lucas Hoekstra',
    'M',
    '2020-01-28',
    { bij: P.kim },
    gezamenlijkMetDerde(P.kim, null),
  ),
  hague: child('999990615', 'Fenna Smits', 'V', '2017-08-08', { bij: P.femke }, gezamenlijkOuderlijk(P.femke, P.gijs)),
  // The relation reads as plain joint custody, but the child's custody indicator is under investigation.
  indicatorInvestigated: child(
    '999990949',
    'Vince Vermeulen',
    'M',
    '2016-02-20',
    { bij: P.ruben },
    gezamenlijkOuderlijk(P.ruben, P.sara),
    { inOnderzoek: { gezag: '2026-10-12' } },
  ),
  holderInvestigated: child(
    '999990950',
    'Wies Claassen',
    'V',
    '2015-07-07',
    { bij: P.tom },
    gezamenlijkOuderlijk(P.tom, P.ursula),
  ),
};

/** A valid test BSN that is deliberately not in the register. */
const UNKNOWN_CHILD = '999990603';

export const demoPersons: BrpPersoon[] = [...Object.values(P), ...Object.values(C)];

/** Every full name and every geslachtsnaam of 4+ letters: the test harness fails when one appears in a log line. */
export function demoNames(): string[] {
  const names = new Set<string>();
  for (const p of demoPersons) {
    if (p.naam?.volledigeNaam) names.add(p.naam.volledigeNaam);
    if (p.naam?.geslachtsnaam && p.naam.geslachtsnaam.length >= 4) names.add(p.naam.geslachtsnaam);
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
  /** Tabel 34 land code of the destination. */
  countryCode: string;
  municipalityCode: string;
  expected: {
    status: 'beoordeeld' | 'niet-van-toepassing' | 'handmatige-controle';
    reden: string;
    notifiedBsns: string[];
    heldForSafety: boolean;
  };
}

const bsn = (p: BrpPersoon) => p.burgerservicenummer;
const applies = (recipient: BrpPersoon, heldForSafety = false): DemoScenario['expected'] => ({
  status: 'beoordeeld',
  reden: 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken',
  notifiedBsns: [bsn(recipient)],
  heldForSafety,
});
const notApplicable = (reden: string): DemoScenario['expected'] => ({
  status: 'niet-van-toepassing',
  reden,
  notifiedBsns: [],
  heldForSafety: false,
});
const manualCheck = (reden: string): DemoScenario['expected'] => ({
  status: 'handmatige-controle',
  reden,
  notifiedBsns: [],
  heldForSafety: false,
});

function scenario(
  key: string,
  description: string,
  childBsn: string,
  declarant: BrpPersoon | undefined,
  expected: DemoScenario['expected'],
  extra: Partial<DemoScenario> = {},
): DemoScenario {
  return {
    key,
    description,
    childBsn,
    ...(declarant ? { declarantBsn: bsn(declarant) } : {}),
    departureDate: '2026-12-15',
    countryCode: '5010',
    municipalityCode: '0363',
    expected,
    ...extra,
  };
}

export const DEMO_SCENARIOS: DemoScenario[] = [
  scenario(
    'gezamenlijk-gezag',
    'joint parental custody (v2 name), declared by one parent: the other is told',
    bsn(C.joint),
    P.anna,
    applies(P.bas),
  ),
  scenario(
    'gezamenlijk-gezag-v1',
    'joint custody under the v1 name TweehoofdigOuderlijkGezag: same outcome',
    bsn(C.v1),
    P.carla,
    applies(P.daan),
    { countryCode: '7028', departureDate: '2027-01-10' },
  ),
  scenario(
    'medeondertekend',
    'the other parent co-signed the declaration: nobody left to tell',
    bsn(C.cosigned),
    P.eva,
    notApplicable('alle-gezaghouders-betrokken'),
    { coSignerBsns: [bsn(P.frank)] },
  ),
  scenario(
    'toestemmingsverklaring',
    'written consent only, no co-signature: the other parent is still told',
    bsn(C.consent),
    P.gerda,
    applies(P.hans),
    { writtenConsent: true },
  ),
  scenario('eenhoofdig-gezag', 'sole parental custody', bsn(C.sole), P.ilse, notApplicable('geen-gezamenlijk-gezag')),
  scenario(
    'ouder-en-derde',
    'custody of a parent with a known third party, declared by the parent: the third party is told',
    bsn(C.third),
    P.joke,
    applies(P.karel),
    { departureDate: '2027-03-01' },
  ),
  scenario(
    'ouder-en-onbekende-derde',
    'custody of a parent with a third party the BRP cannot name: a person must look',
    bsn(C.unknownThirdParty),
    P.kim,
    manualCheck('gezaghouder-onbekend'),
  ),
  scenario(
    'voogdij',
    'guardianship by one third party',
    bsn(C.guardian),
    P.lotte,
    notApplicable('geen-gezamenlijk-gezag'),
  ),
  scenario(
    'gezag-niet-te-bepalen',
    'GezagNietTeBepalen: custody unknown, checked by hand',
    bsn(C.notDeterminable),
    P.mila,
    manualCheck('gezag-onbekend'),
  ),
  scenario(
    'gezag-in-onderzoek',
    'joint custody under investigation (inOnderzoek on the relation): unknown',
    bsn(C.underInvestigation),
    P.noor,
    manualCheck('gezag-in-onderzoek'),
  ),
  scenario(
    'gezag-indicatie-in-onderzoek',
    "joint custody, but the child's indicatieGezagMinderjarige is under investigation: unknown",
    bsn(C.indicatorInvestigated),
    P.ruben,
    manualCheck('gezag-in-onderzoek'),
  ),
  scenario(
    'gezaghouder-in-onderzoek',
    "joint custody, but the other holder's custody data (curatele) are under investigation: unknown",
    bsn(C.holderInvestigated),
    P.tom,
    manualCheck('gezag-in-onderzoek'),
  ),
  scenario(
    'tijdelijk-geen-gezag',
    'TijdelijkGeenGezag: custody unknown, checked by hand',
    bsn(C.temporarilyNone),
    P.pien,
    manualCheck('gezag-onbekend'),
  ),
  scenario(
    'geheimhouding-kind',
    'the child has geheimhouding: the notification is held for review',
    bsn(C.secretChild),
    P.quinten,
    applies(P.rosa, true),
  ),
  scenario(
    'geheimhouding-ontvanger',
    'the other parent has geheimhouding: the notification is held for review',
    bsn(C.secretRecipient),
    P.sanne,
    applies(P.tim, true),
  ),
  scenario(
    'geheimhouding-aangever',
    'the declaring parent has geheimhouding: the notification is held for review',
    bsn(C.secretDeclarant),
    P.hanna,
    applies(P.jeroen, true),
    { departureDate: '2027-02-15' },
  ),
  scenario(
    'onvolledige-geboortedatum-maand',
    'born June 2009, day unknown, leaving 15 June 2027: may be a minor, so treated as one',
    bsn(C.partialMonth),
    P.uma,
    applies(P.victor),
    { departureDate: '2027-06-15' },
  ),
  scenario(
    'onvolledige-geboortedatum-jaar',
    'born 2009, month and day unknown, leaving 1 March 2027: may be a minor, so treated as one',
    bsn(C.partialYear),
    P.marit,
    applies(P.niels),
    { departureDate: '2027-03-01' },
  ),
  scenario(
    'wordt-18-voor-vertrek',
    'a 17-year-old who turns 18 on 10 January 2027, leaving 1 February 2027',
    bsn(C.turns18),
    P.wim,
    notApplicable('meerderjarig-op-vertrekdatum'),
    { departureDate: '2027-02-01' },
  ),
  scenario(
    'broers-en-zussen-1',
    'first of three siblings declared by the same parent',
    bsn(C.sibling1),
    P.yara,
    applies(P.zeger),
    { countryCode: '6043', departureDate: '2027-01-05' },
  ),
  scenario('broers-en-zussen-2', 'second of three siblings', bsn(C.sibling2), P.yara, applies(P.zeger), {
    countryCode: '6043',
    departureDate: '2027-01-05',
  }),
  scenario('broers-en-zussen-3', 'third of three siblings', bsn(C.sibling3), P.yara, applies(P.zeger), {
    countryCode: '6043',
    departureDate: '2027-01-05',
  }),
  scenario(
    'ontvanger-in-buitenland',
    'the other parent lives abroad (RNI): the letter goes to the foreign address',
    bsn(C.recipientAbroad),
    P.astrid,
    applies(P.boris),
  ),
  scenario(
    'ontvanger-zonder-adres',
    'the other parent has no usable address: applies, and the municipality checks by hand where the letter can go',
    bsn(C.recipientNoAddress),
    P.cees,
    { ...applies(P.dirk), status: 'handmatige-controle' },
  ),
  scenario(
    'kind-onbekend',
    'a valid BSN the BRP does not know',
    UNKNOWN_CHILD,
    P.anna,
    manualCheck('kind-niet-gevonden'),
  ),
  scenario('den-haag', "joint custody in 's-Gravenhage (0518)", bsn(C.hague), P.femke, applies(P.gijs), {
    municipalityCode: '0518',
    departureDate: '2027-04-20',
  }),
];
