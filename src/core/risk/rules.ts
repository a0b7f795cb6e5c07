// The published rule set (GET /risicoregels). Each rule names the facts it reads, its effect and why it is lawful.
// The destination counts only through the legal Hague criterion; there is no list of "risky" countries.
import type { RiskFacts } from './facts.ts';
import type { RiskLevel } from './level.ts';

export type RuleEffect =
  | { soort: 'basis'; niveau: RiskLevel }
  | { soort: 'minimaal'; niveau: RiskLevel }
  | { soort: 'stap'; stappen: number };

export interface RiskRule {
  id: string;
  omschrijving: string;
  effect: RuleEffect;
  gegevens: readonly (keyof RiskFacts)[];
  grondslag: string;
  applies(f: RiskFacts): boolean;
  toelichting(f: RiskFacts): string;
}

const inScope = (f: RiskFacts) => f.eligibility !== 'niet-van-toepassing';

export const RULESET = {
  versie: '2026-12.1',
  regels: [
    {
      id: 'basis-gezaghouder-niet-betrokken',
      omschrijving:
        'Er is gezamenlijk gezag en niet alle gezaghouders waren bij de aangifte betrokken, ' +
        'of het gezag is onbekend. Dan is er een basisniveau "laag": de andere gezaghouder wordt geïnformeerd.',
      effect: { soort: 'basis', niveau: 'laag' },
      gegevens: ['eligibility'],
      grondslag:
        'Gezamenlijk gezag (art. 1:245 en 1:251 BW) betekent dat beide gezaghouders beslissen over de woonplaats van ' +
        'het kind; de gemeente informeert de gezaghouder die niet betrokken was.',
      applies: inScope,
      toelichting: (f) =>
        f.eligibility === 'van-toepassing'
          ? 'Een gezaghouder was niet bij de aangifte betrokken.'
          : 'Het gezag kon niet worden vastgesteld.',
    },
    {
      id: 'aandachtsmarkering',
      omschrijving:
        'De Raad voor de Kinderbescherming (IKO-team) of de Centrale autoriteit heeft het kind gemarkeerd. ' +
        'Het vertrek is dan altijd "urgent".',
      effect: { soort: 'minimaal', niveau: 'urgent' },
      gegevens: ['watchMarkingActive'],
      grondslag:
        'De markering is gezet door een bevoegde organisatie binnen haar wettelijke taak (art. 1:238 BW; ' +
        'Uitvoeringswet internationale kinderontvoering) en is beperkt in tijd.',
      applies: (f) => f.watchMarkingActive,
      toelichting: () => 'Er staat een actieve aandachtsmarkering op het kind.',
    },
    {
      id: 'hkov-niet-van-toepassing',
      omschrijving:
        'Het Haags Kinderontvoeringsverdrag 1980 geldt niet tussen Nederland en het land van bestemming, ' +
        'de bestemming is onbekend, of het kind is 16 jaar of ouder. ' +
        'Een teruggeleiding via het verdrag is dan niet mogelijk: minimaal "hoog". ' +
        'Stellen de bronnen niet vast of het verdrag tussen Nederland en een bestemming geldt (status "onbekend" in ' +
        'de gepubliceerde verdragstabel, zie hkov1980.onbekend voor betekenis en aantal), ' +
        'dan telt die bestemming als niet gebonden. Dat is geen oordeel over het land.',
      effect: { soort: 'minimaal', niveau: 'hoog' },
      gegevens: ['eligibility', 'destinationKnown', 'destinationHagueBound', 'childMayBeUnder16OnDeparture'],
      grondslag:
        'Juridisch criterium: werkingssfeer van het HKOV 1980 (art. 4: kinderen onder 16; art. 38: ' +
        'een toetreding geldt alleen tegenover staten die haar hebben aanvaard). Geen oordeel over landen of mensen.',
      applies: (f) =>
        inScope(f) && (!f.destinationKnown || !f.destinationHagueBound || !f.childMayBeUnder16OnDeparture),
      toelichting: (f) =>
        !f.destinationKnown
          ? 'Het land van bestemming is onbekend.'
          : !f.destinationHagueBound
            ? 'Het verdrag bindt het land van bestemming en Nederland niet over en weer.'
            : 'Het kind is op de vertrekdatum 16 jaar of ouder; het verdrag geldt dan niet.',
    },
    {
      id: 'vertrek-voor-registratie',
      omschrijving:
        'De vertrekdatum ligt vóór de datum van de aangifte: het kind is mogelijk al vertrokken. Eén niveau hoger.',
      effect: { soort: 'stap', stappen: 1 },
      gegevens: ['eligibility', 'departureBeforeRegistration'],
      grondslag:
        'Na een vertrek is de tijd om maatregelen te nemen korter; ' +
        'vroeg signaleren dient het belang van het kind (art. 3 IVRK).',
      applies: (f) => inScope(f) && f.departureBeforeRegistration,
      toelichting: () => 'De vertrekdatum ligt vóór de datum van de aangifte.',
    },
    {
      id: 'meerdere-minderjarigen-zelfde-aangever',
      omschrijving:
        'Dezelfde aangever deed binnen 30 dagen ook aangifte van vertrek van een of meer andere minderjarigen. ' +
        'Eén niveau hoger.',
      effect: { soort: 'stap', stappen: 1 },
      gegevens: ['eligibility', 'otherMinorsSameDeclarantWithin30Days'],
      grondslag:
        'Gelijktijdig vertrek van meerdere kinderen door één ouder is een in de IKO-praktijk bekend patroon; ' +
        'het gegeven komt uit de eigen aangiften.',
      applies: (f) => inScope(f) && f.otherMinorsSameDeclarantWithin30Days > 0,
      toelichting: (f) =>
        'Dezelfde aangever meldde binnen 30 dagen ' +
        `${f.otherMinorsSameDeclarantWithin30Days} ander(e) minderjarige(n) af.`,
    },
    {
      id: 'andere-gezaghouder-zelfde-land',
      omschrijving:
        'De andere gezaghouder deed binnen 30 dagen zelf aangifte van vertrek naar hetzelfde land. ' +
        'Dat wijst op een gezamenlijke verhuizing: één niveau lager.',
      effect: { soort: 'stap', stappen: -1 },
      gegevens: ['eligibility', 'otherHolderSameCountryWithin30Days'],
      grondslag: 'Proportionaliteit (art. 5 AVG): geen zwaarder signaal dan nodig als beide gezaghouders vertrekken.',
      applies: (f) => inScope(f) && f.otherHolderSameCountryWithin30Days,
      toelichting: () => 'De andere gezaghouder vertrekt binnen 30 dagen naar hetzelfde land.',
    },
    {
      id: 'reactie-geen-toestemming',
      omschrijving:
        'De andere gezaghouder heeft na de kennisgeving laten weten niet akkoord te gaan met het vertrek, ' +
        'of er niet van te weten. Minimaal "hoog".',
      effect: { soort: 'minimaal', niveau: 'hoog' },
      gegevens: ['eligibility', 'otherHolderReaction'],
      grondslag:
        'Een verhuizing naar het buitenland zonder toestemming van de andere gezaghouder kan een ongeoorloofde ' +
        'overbrenging zijn (art. 3 HKOV 1980, art. 1:253a BW). De reactie is door de gemeente zelf vastgelegd.',
      applies: (f) => inScope(f) && f.otherHolderReaction === 'bezwaar',
      toelichting: () => 'De andere gezaghouder is niet akkoord met het vertrek of wist er niet van.',
    },
    {
      id: 'reactie-geen-toestemming-na-vertrek',
      omschrijving:
        'De andere gezaghouder gaat niet akkoord of wist niet van het vertrek, en de vertrekdatum is voorbij: ' +
        'het kind is vertrokken. Minimaal "urgent".',
      effect: { soort: 'minimaal', niveau: 'urgent' },
      gegevens: ['eligibility', 'otherHolderReaction', 'departureDatePassed'],
      grondslag:
        'Bij een mogelijke ongeoorloofde overbrenging telt elke dag: ' +
        'een verzoek tot teruggeleiding binnen een jaar geeft het kind de sterkste bescherming (art. 12 HKOV 1980).',
      applies: (f) => inScope(f) && f.otherHolderReaction === 'bezwaar' && f.departureDatePassed,
      toelichting: () => 'De vertrekdatum is voorbij en de andere gezaghouder stemde niet in.',
    },
    {
      id: 'reactie-akkoord',
      omschrijving:
        'De andere gezaghouder heeft laten weten akkoord te gaan met het vertrek. ' +
        'Eén niveau lager, nooit lager dan "laag" en nooit onder een aandachtsmarkering.',
      effect: { soort: 'stap', stappen: -1 },
      gegevens: ['eligibility', 'otherHolderReaction'],
      grondslag:
        'Proportionaliteit (art. 5 AVG): met instemming van beide gezaghouders is een zwaarder signaal niet nodig.',
      applies: (f) => inScope(f) && f.otherHolderReaction === 'akkoord',
      toelichting: () => 'De andere gezaghouder gaat akkoord met het vertrek.',
    },
  ] satisfies RiskRule[] as RiskRule[],
};
