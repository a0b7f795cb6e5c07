// The read-only parts of the notice page: recipient and deadline, why it is held, the letter preview (the same
// text the PDF is made of), the reaction and what happened to the notice.

import { deadlineState } from '../../core/deadline.ts';
import { LETTER_HEADINGS } from '../../core/letter/compose.ts';
import type { NotificationState } from '../../core/notification/model.ts';
import { ButtonLink, Callout, Cell, Fact, Facts, Link, P, Row, Section, Table } from './ui.tsx';
import {
  byText,
  channelText,
  dateText,
  dateTimeText,
  deadlineText,
  deliveryText,
  holdText,
  noticeStatusText,
  reactionText,
  reasonText,
} from './words.ts';

const OPEN = ['te-beoordelen', 'aangehouden'];

export function NoticeFacts(props: { n: NotificationState; today: string }) {
  const { n } = props;
  const address = n.recipient?.adres;
  return (
    <Section id="gegevens" title="Gegevens">
      <Facts>
        <Fact label="Status">{noticeStatusText(n.status)}</Fact>
        <Fact label="Ontvanger">{n.recipient?.naam ?? 'Naam onbekend'}</Fact>
        <Fact label="Burgerservicenummer ontvanger">{n.recipientBsn ?? 'Onbekend'}</Fact>
        <Fact label="Adres ontvanger">
          {address
            ? [...address.adresregels, ...(address.land ? [address.land] : [])].join(', ')
            : 'Geen bruikbaar adres'}
        </Fact>
        <Fact label="Kenmerk">{n.reference}</Fact>
        {OPEN.includes(n.status) && (
          <Fact label="Uiterlijk beoordelen op">
            {`${dateText(n.dueDate)} (${deadlineText(deadlineState(n.dueDate, props.today)).toLowerCase()})`}
          </Fact>
        )}
        {n.channel && <Fact label="Verstuurd via">{deliveryText(n.channel)}</Fact>}
        {n.status === 'mislukt' && n.lastError && <Fact label="Wat misging">{n.lastError}</Fact>}
        <Fact label="Vertrekmelding">
          <Link href={`/vertrekmeldingen/${n.caseId}`}>Naar de vertrekmelding</Link>
        </Fact>
      </Facts>
    </Section>
  );
}

/** Why the notice waits: the safety holds in words, and the officer's own reason when they held it. */
export function Holds(props: { n: NotificationState }) {
  const { n } = props;
  if (n.status !== 'aangehouden') return null;
  const officer = n.history.findLast((h) => h.status === 'aangehouden' && h.door !== 'systeem');
  return (
    <Callout type="warning">
      <p class="nl-paragraph">
        <strong>Waarom deze kennisgeving is aangehouden:</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {n.holdReasons.map((r) => (
          <li class="utrecht-unordered-list__item">{holdText(r)}</li>
        ))}
        {officer?.reden && <li class="utrecht-unordered-list__item">{`${byText(officer.door)}: ${officer.reden}`}</li>}
      </ul>
    </Callout>
  );
}

export function LetterPreview(props: { id: string; text: string[] | null }) {
  if (!props.text) {
    return (
      <Section id="brief" title="Brief">
        <P>Er is geen bruikbaar adres van de ontvanger. Daarom kan de brief niet worden gemaakt.</P>
      </Section>
    );
  }
  const [subject, ...rest] = props.text;
  return (
    <Section id="brief" title="Brief">
      <P>Zo ziet de tekst van de brief eruit. De PDF heeft dezelfde tekst, met de adressen erbij.</P>
      <article class="vs-letter" aria-label="Voorbeeld van de brief">
        <p class="nl-paragraph vs-letter__subject">
          <strong>{subject}</strong>
        </p>
        {rest.map((line) =>
          LETTER_HEADINGS.has(line) ? (
            <h3 class="nl-heading nl-heading--level-3">{line}</h3>
          ) : (
            <p class="nl-paragraph">{line}</p>
          ),
        )}
      </article>
      <P>
        <ButtonLink href={`/kennisgevingen/${props.id}/brief`}>Brief downloaden (PDF)</ButtonLink>
      </P>
    </Section>
  );
}

export function RecordedReaction(props: { n: NotificationState }) {
  const r = props.n.reaction;
  if (!r) return null;
  return (
    <Section id="vastgelegde-reactie" title="Reactie van de andere gezaghouder">
      <Facts>
        <Fact label="Reactie">{reactionText(r.reactie)}</Fact>
        <Fact label="Ontvangen op">{dateText(r.ontvangenOp)}</Fact>
        <Fact label="Hoe">{channelText(r.kanaal)}</Fact>
        {r.toelichting && <Fact label="Toelichting">{r.toelichting}</Fact>}
        <Fact label="Vastgelegd">{`${dateTimeText(r.vastgelegdOp)} door ${byText(r.door)}`}</Fact>
      </Facts>
    </Section>
  );
}

const FOLLOW_UP = { correctie: 'Correctie', intrekking: 'Intrekking', immigratie: 'Terugkeer naar Nederland' } as const;
const FOLLOW_UP_STATUS = {
  'in-afwachting': 'Wordt verstuurd',
  bezorgd: 'Bezorgd',
  mislukt: 'Versturen mislukt',
} as const;

export function NoticeHistory(props: { n: NotificationState }) {
  const { n } = props;
  return (
    <Section id="historie" title="Wat er gebeurde">
      <Table
        caption="Wat er met deze kennisgeving gebeurde"
        columns={['Wanneer', 'Status', 'Door', 'Reden']}
        captionHidden
      >
        {n.history.map((h) => (
          <Row>
            <Cell>{dateTimeText(h.op)}</Cell>
            <Cell>{noticeStatusText(h.status)}</Cell>
            <Cell>{byText(h.door)}</Cell>
            <Cell>{h.reden ? reasonText(h.reden, h.door) : ''}</Cell>
          </Row>
        ))}
      </Table>
      {n.followUps.length > 0 && (
        <Table caption="Vervolgbrieven" columns={['Wanneer', 'Over', 'Status']}>
          {n.followUps.map((f) => (
            <Row>
              <Cell>{dateTimeText(f.op)}</Cell>
              <Cell>{FOLLOW_UP[f.soort] ?? f.soort}</Cell>
              <Cell>{FOLLOW_UP_STATUS[f.status] ?? f.status}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Section>
  );
}
