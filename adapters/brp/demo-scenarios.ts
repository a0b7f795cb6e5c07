// DEMO_SCENARIOS: per case of the demo register (demo-persons.ts), the departure to post and what the contract (§7)
// requires as outcome.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { demoAdults as P } from './demo-adults.ts';
import { demoChildren as C } from './demo-children.ts';

/** A valid test BSN that is deliberately not in the register. */
const UNKNOWN_CHILD = '999990603';

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
