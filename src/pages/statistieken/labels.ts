// The words the statistics page uses for the domain's codes (statuses, levels, rules, recipients, outcomes), so no
// code appears without its meaning. Lists follow the domain's own order; an unknown code is shown as it is.
import {
  CASE_STATUSES,
  RECIPIENTS,
  RISK_LEVELS,
  SIGNAL_OUTCOMES,
  SIGNAL_STATUSES,
  SYSTEM_CLOSURES,
} from '../../../schemas/domain.ts';
import { RULESET } from '../../core/risk/rules.ts';

export type Labels = Readonly<Record<string, string>>;

export const CASE_STATUS_LABELS: Labels = {
  ontvangen: 'Ontvangen, nog niet beoordeeld',
  beoordeeld: 'Beoordeeld',
  'niet-van-toepassing': 'Niet van toepassing',
  'handmatige-controle': 'Handmatige controle',
  ingetrokken: 'Ingetrokken',
  afgesloten: 'Afgesloten',
} satisfies Record<(typeof CASE_STATUSES)[number], string>;

export const LEVEL_LABELS: Labels = {
  geen: 'Geen risico',
  laag: 'Laag',
  verhoogd: 'Verhoogd',
  hoog: 'Hoog',
  urgent: 'Urgent',
} satisfies Record<(typeof RISK_LEVELS)[number], string>;

export const RECIPIENT_LABELS: Labels = {
  ciko: 'CIKO (patroonsignaal)',
  'rvdk-iko': 'Raad voor de Kinderbescherming (IKO)',
  'ca-ika': 'Centrale autoriteit (IKA)',
} satisfies Record<(typeof RECIPIENTS)[number], string>;

export const SIGNAL_STATUS_LABELS: Labels = {
  nieuw: 'Nieuw, nog niet opgepakt',
  'in-behandeling': 'In behandeling',
  afgesloten: 'Afgesloten',
} satisfies Record<(typeof SIGNAL_STATUSES)[number], string>;

export const OUTCOME_LABELS: Labels = {
  'terecht-actie-ondernomen': 'Terecht, er is actie ondernomen',
  'terecht-geen-actie-nodig': 'Terecht, geen actie nodig',
  onterecht: 'Onterecht',
  onbekend: 'Uitkomst onbekend',
  'registratie-ingetrokken': 'Gesloten: de vertrekmelding is ingetrokken',
  'kind-weer-in-nederland': 'Gesloten: het kind woont weer in Nederland',
  'niveau-verlaagd': 'Gesloten: het risiconiveau is verlaagd',
} satisfies Record<(typeof SIGNAL_OUTCOMES)[number] | (typeof SYSTEM_CLOSURES)[number], string>;

/** Short names of the published rules (GET /risicoregels has their full description). */
export const RULE_LABELS: Labels = {
  'basis-gezaghouder-niet-betrokken': 'Gezaghouder niet betrokken bij de aangifte',
  aandachtsmarkering: 'Aandachtsmarkering op het kind',
  'hkov-niet-van-toepassing': 'Haags Kinderontvoeringsverdrag geldt niet',
  'vertrek-voor-registratie': 'Vertrek vóór de aangifte',
  'meerdere-minderjarigen-zelfde-aangever': 'Meer kinderen door dezelfde aangever',
  'andere-gezaghouder-zelfde-land': 'Andere gezaghouder naar hetzelfde land',
  'reactie-geen-toestemming': 'Andere gezaghouder niet akkoord',
  'reactie-geen-toestemming-na-vertrek': 'Niet akkoord en al vertrokken',
  'reactie-akkoord': 'Andere gezaghouder akkoord',
};

export const ORDER = {
  caseStatus: CASE_STATUSES,
  level: RISK_LEVELS,
  /** Signals exist from "verhoogd" up (contract §7); another level still shows when counted. */
  signalLevel: RISK_LEVELS.slice(RISK_LEVELS.indexOf('verhoogd')),
  recipient: RECIPIENTS,
  signalStatus: SIGNAL_STATUSES,
  outcome: [...SIGNAL_OUTCOMES, ...SYSTEM_CLOSURES],
  rule: RULESET.regels.map((r) => r.id),
} as const;

export const labelOf = (labels: Labels, code: string) => labels[code] ?? code;

/**
 * The keys to show, in the domain's order: every known key (a missing one counts 0), then any unknown key that
 * the figures hold, so nothing counted is left out.
 */
export function orderedKeys(order: readonly string[], counted: Readonly<Record<string, unknown>>): string[] {
  return [...order, ...Object.keys(counted).filter((k) => !order.includes(k))];
}
