// The case's history on its page: each stored step in a sentence, oldest first.
import type { CaseHistoryEntry } from '../../core/case/history.ts';
import { Cell, Row, Section, Table } from './ui.tsx';
import {
  assessmentText,
  byText,
  dateTimeText,
  eventText,
  levelText,
  noticeStatusText,
  reactionText,
  reasonText,
  recipientText,
  signalOutcomeText,
} from './words.ts';

const FOLLOW_UP = { correctie: 'een correctie', intrekking: 'de intrekking', immigratie: 'de terugkeer' } as const;
const UPDATE = {
  gecorrigeerd: 'kreeg een correctie van het vertrek',
  herbeoordeeld: 'is bijgewerkt na een nieuwe beoordeling',
  heropend: 'is heropend',
} as const;

const notice = (e: { recipient?: string }) => `De kennisgeving aan ${e.recipient ?? 'de andere gezaghouder'}`;

type Of<K extends CaseHistoryEntry['kind']> = Extract<CaseHistoryEntry, { kind: K }>;
const lower = (s: string) => s.toLowerCase();

/** Each kind of history entry in a sentence. */
const SENTENCES: { [K in CaseHistoryEntry['kind']]: (e: Of<K>) => string } = {
  event: (e) => eventText(e.eventType),
  received: () => 'Vertreksignaal nam de vertrekmelding in behandeling.',
  custody: (e) =>
    e.source === 'handmatig'
      ? `Het gezag is met de hand vastgelegd door ${byText(e.by ?? 'onbekend')}.`
      : e.known
        ? 'Het gezag is opgevraagd bij de BRP.'
        : 'Het gezag is opgevraagd bij de BRP, maar is niet vast te stellen.',
  'custody-differs': () => 'De BRP gaf een ander gezag door dan met de hand is vastgelegd.',
  assessed: (e) =>
    `Beoordeeld: ${e.applies ? 'de andere gezaghouder krijgt een kennisgeving' : 'geen kennisgeving nodig'}. ` +
    assessmentText(e.reason),
  notification: (e) =>
    `${notice(e)}: ${lower(noticeStatusText(e.status))} (door ${byText(e.by)}).` +
    (e.reason ? ` Reden: ${reasonText(e.reason, e.by)}` : ''),
  'follow-up': (e) => `${notice(e)} krijgt een vervolgbrief over ${FOLLOW_UP[e.followUp] ?? e.followUp}.`,
  reaction: (e) =>
    `Reactie van ${e.recipient ?? 'de andere gezaghouder'} vastgelegd door ${byText(e.by)}: ` +
    `${lower(reactionText(e.reaction))}.`,
  signal: (e) => `Signaal naar ${recipientText(e.recipient)}${e.level ? `, niveau ${lower(levelText(e.level))}` : ''}.`,
  'signal-picked-up': (e) => `${recipientText(e.recipient)} heeft het signaal opgepakt.`,
  'signal-update': (e) =>
    `Het signaal aan ${recipientText(e.recipient)} ` +
    `${UPDATE[e.update as keyof typeof UPDATE] ?? `is gesloten: ${signalOutcomeText(e.update)}`}.` +
    (e.level ? ` Niveau nu: ${lower(levelText(e.level))}.` : ''),
  'signal-closed': (e) =>
    `${recipientText(e.recipient)} heeft het signaal afgesloten: ${signalOutcomeText(e.outcome)}.`,
  closed: (e) =>
    e.reason === 'ingetrokken'
      ? 'De vertrekmelding is gesloten: de registratie van het vertrek is ingetrokken.'
      : 'De vertrekmelding is gesloten: het kind woont weer in Nederland.',
};

/** One history entry in a sentence. */
export const historyText = (e: CaseHistoryEntry): string => (SENTENCES[e.kind] as (x: CaseHistoryEntry) => string)(e);

export function CaseHistory(props: { entries: CaseHistoryEntry[] }) {
  return (
    <Section id="historie" title="Wat er gebeurde">
      <Table caption="Wat er gebeurde, het oudste eerst" columns={['Wanneer', 'Wat']} captionHidden>
        {props.entries.map((e) => (
          <Row>
            <Cell>
              <span class="vs-nowrap">{dateTimeText(e.at)}</span>
            </Cell>
            <Cell>{historyText(e)}</Cell>
          </Row>
        ))}
      </Table>
    </Section>
  );
}
