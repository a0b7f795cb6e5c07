// Every status and vocabulary of the domain, declared once: the stores, the deciders, the API schemas and the pages
// all import these. Names are the wire names of the contract (Dutch).
import { z } from '@hono/zod-openapi';

export const CASE_STATUSES = [
  'ontvangen',
  'beoordeeld',
  'niet-van-toepassing',
  'handmatige-controle',
  'ingetrokken',
  'afgesloten',
] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const NOTIFICATION_STATUSES = [
  'te-beoordelen',
  'aangehouden',
  'verzonden',
  'bezorgd',
  'mislukt',
  'geannuleerd',
] as const;
export const NotificationStatus = z.enum(NOTIFICATION_STATUSES);
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const SIGNAL_STATUSES = ['nieuw', 'in-behandeling', 'afgesloten'] as const;
export const SignalStatus = z.enum(SIGNAL_STATUSES);
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export const SIS_STATUSES = ['aangeboden', 'in-behandeling', 'geplaatst', 'afgewezen', 'ingetrokken'] as const;
export const SisStatus = z.enum(SIS_STATUSES);
export type SisStatus = (typeof SIS_STATUSES)[number];

export const RECIPIENTS = ['ciko', 'rvdk-iko', 'ca-ika'] as const;
export const Recipient = z.enum(RECIPIENTS);
export type Recipient = (typeof RECIPIENTS)[number];

export const DELIVERY_STATES = ['niet-geconfigureerd', 'in-afwachting', 'afgeleverd', 'dead-letter'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** What the other custody holder answered after the notice (contract §5 v2). */
export const REACTIONS = ['akkoord', 'niet-akkoord', 'onbekend-met-vertrek'] as const;
export const ReactionKind = z.enum(REACTIONS);
export type ReactionKind = (typeof REACTIONS)[number];

export const REACTION_CHANNELS = ['brief', 'telefoon', 'balie', 'digitaal'] as const;
export const ReactionChannel = z.enum(REACTION_CHANNELS);
export type ReactionChannel = (typeof REACTION_CHANNELS)[number];

/**
 * How a caseworker closes a signal: the published outcome vocabulary the evaluation figures count (a rule's signals
 * closed as founded vs. unfounded give its precision).
 */
export const SIGNAL_OUTCOMES = [
  'terecht-actie-ondernomen',
  'terecht-geen-actie-nodig',
  'onterecht',
  'onbekend',
] as const;
export const SignalOutcome = z.enum(SIGNAL_OUTCOMES);
export type SignalOutcome = (typeof SIGNAL_OUTCOMES)[number];
export const FOUNDED_OUTCOMES: readonly SignalOutcome[] = ['terecht-actie-ondernomen', 'terecht-geen-actie-nodig'];

/** Why the system closed a signal or case on its own. */
export const SYSTEM_CLOSURES = ['registratie-ingetrokken', 'kind-weer-in-nederland', 'niveau-verlaagd'] as const;
export type SystemClosure = (typeof SYSTEM_CLOSURES)[number];

export const CUSTODY_SOURCES = ['brp', 'handmatig'] as const;
export type CustodySource = (typeof CUSTODY_SOURCES)[number];

export const PRECHECK_ADVICE = ['verschijningsplicht', 'geen-bezwaar', 'handmatige-controle'] as const;
export type PrecheckAdvice = (typeof PRECHECK_ADVICE)[number];

/** Risk levels, ordered: declared with their arithmetic in the core. */
export { RISK_LEVELS, type RiskLevel } from '../src/core/risk/level.ts';
