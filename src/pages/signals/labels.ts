// What the wire names of signals, SIS requests and custody mean, in Dutch for the caseworker (B1): the pages show
// these words, never a bare code. The vocabularies themselves live in schemas/domain.ts.
import type { SignalOutcome, SignalStatus, SisStatus } from '../../../schemas/domain.ts';
import type { RiskLevel } from '../../core/risk/level.ts';
import type { SignalUpdateKind } from '../../core/signal/model.ts';
import type { SisHistoryEntry } from '../../core/sis/model.ts';

export const SIGNAL_STATUS_LABELS: Record<SignalStatus, string> = {
  nieuw: 'Nieuw',
  'in-behandeling': 'In behandeling',
  afgesloten: 'Afgesloten',
};

export const LEVEL_LABELS: Record<RiskLevel, string> = {
  geen: 'Geen risico',
  laag: 'Laag',
  verhoogd: 'Verhoogd',
  hoog: 'Hoog',
  urgent: 'Urgent',
};

/** The published outcome vocabulary as the caseworker chooses from it when closing a signal. */
export const OUTCOME_LABELS: Record<SignalOutcome, string> = {
  'terecht-actie-ondernomen': 'Terecht signaal: wij hebben actie ondernomen',
  'terecht-geen-actie-nodig': 'Terecht signaal, maar actie was niet nodig',
  onterecht: 'Onterecht signaal: er was geen risico',
  onbekend: 'Niet vast te stellen of het signaal terecht was',
};

/** Closures by the system and later changes the recipient was told about. */
const UPDATE_LABELS: Record<SignalUpdateKind, string> = {
  gecorrigeerd: 'De gemeente heeft de gegevens van het vertrek gecorrigeerd.',
  herbeoordeeld: 'Het vertrek is opnieuw beoordeeld.',
  heropend: 'Het signaal is weer geopend, omdat het na een nieuwe beoordeling weer voor u is.',
  'registratie-ingetrokken': 'De registratie van het vertrek is ingetrokken.',
  'kind-weer-in-nederland': 'Het kind is weer in Nederland ingeschreven.',
  'niveau-verlaagd': 'Na een nieuwe beoordeling is het signaal niet meer voor uw organisatie bestemd.',
};

export const updateLabel = (kind: string) => UPDATE_LABELS[kind as SignalUpdateKind] ?? kind;

/** An outcome from the vocabulary, a system closure, or (from older API use) the caseworker's own word. */
export function outcomeLabel(outcome: string): string {
  if (outcome in OUTCOME_LABELS) return OUTCOME_LABELS[outcome as SignalOutcome];
  if (outcome in UPDATE_LABELS) return `Automatisch afgesloten: ${UPDATE_LABELS[outcome as SignalUpdateKind]}`;
  return outcome;
}

export const SIS_STATUS_LABELS: Record<SisHistoryEntry['status'], string> = {
  aangeboden: 'Aangeboden aan de bevoegde autoriteit',
  'in-behandeling': 'In behandeling bij de bevoegde autoriteit',
  geplaatst: 'Signalering geplaatst in SIS',
  afgewezen: 'Afgewezen door de bevoegde autoriteit',
  ingetrokken: 'Ingetrokken',
  'intrekking-bevestigd': 'Intrekking bevestigd door de bevoegde autoriteit',
};

/** Statuses in which the requesting organisation may still withdraw (the decider has the final word). */
export const SIS_OPEN: readonly SisStatus[] = ['aangeboden', 'in-behandeling', 'geplaatst'];

const CUSTODY_LABELS: Record<string, string> = {
  GezamenlijkOuderlijkGezag: 'Gezamenlijk ouderlijk gezag (beide ouders)',
  TweehoofdigOuderlijkGezag: 'Gezamenlijk ouderlijk gezag (beide ouders)',
  EenhoofdigOuderlijkGezag: 'Eenhoofdig ouderlijk gezag (één ouder)',
  GezamenlijkGezag: 'Gezamenlijk gezag van een ouder en een ander',
  Voogdij: 'Voogdij',
  TijdelijkGeenGezag: 'Tijdelijk heeft niemand gezag',
  GezagNietTeBepalen: 'Het gezag is niet vast te stellen',
};

export const custodyLabel = (type: string | null) => (type ? (CUSTODY_LABELS[type] ?? type) : 'Onbekend');
