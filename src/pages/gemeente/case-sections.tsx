// The parts of the case page: child, departure, custody (with its source), assessment, risk (each rule in plain
// words), notices and signals. Only what the case read gives; no rule is decided here.
import type { CaseRead } from '../../app/cases/read.ts';
import type { CaseState, CustodyHolderView } from '../../core/case/model.ts';
import type { AbstractDatum } from '../../core/date.ts';
import { municipalityName } from '../../core/reference/municipalities.ts';
import { RULESET } from '../../core/risk/rules.ts';
import { Callout, Cell, Fact, Facts, Link, P, Row, Section, Table } from './ui.tsx';
import {
  assessmentText,
  byText,
  custodyTypeText,
  dateText,
  dateTimeText,
  levelMeaning,
  levelText,
  noticeStatusText,
  reactionText,
  recipientText,
  signalStatusText,
} from './words.ts';

export const datumText = (d: AbstractDatum | undefined) =>
  !d ? 'Onbekend' : (d.langFormaat ?? (d.type === 'Datum' ? dateText(d.datum) : 'Onbekend'));

const personText = (p: CustodyHolderView) =>
  [p.naam ?? 'Naam onbekend', p.burgerservicenummer ? `burgerservicenummer ${p.burgerservicenummer}` : 'geen BSN'].join(
    ', ',
  );

function Holders(props: { holders: CustodyHolderView[] }) {
  if (props.holders.length === 0) return <>Niemand bekend</>;
  return (
    <ul class="utrecht-unordered-list">
      {props.holders.map((h) => (
        <li class="utrecht-unordered-list__item">{personText(h)}</li>
      ))}
    </ul>
  );
}

export function ChildAndDeparture(props: { c: CaseState }) {
  const { child, departure } = props.c;
  const municipality = departure?.gemeente.code ?? props.c.municipalityCode;
  return (
    <Section id="kind" title="Kind en vertrek">
      <Facts>
        <Fact label="Kind">{child?.naam ?? 'Naam onbekend'}</Fact>
        <Fact label="Burgerservicenummer">{child?.burgerservicenummer ?? props.c.childBsn ?? 'Onbekend'}</Fact>
        <Fact label="Geboortedatum">{datumText(child?.geboortedatum)}</Fact>
        <Fact label="Vertrekdatum">{datumText(departure?.datum)}</Fact>
        <Fact label="Land van bestemming">{departure?.land.omschrijving ?? departure?.land.code ?? 'Onbekend'}</Fact>
        <Fact label="Gemeente">{municipalityName(municipality) ?? municipality}</Fact>
        <Fact label="Ontvangen">{dateTimeText(props.c.createdAt)}</Fact>
      </Facts>
    </Section>
  );
}

export function Custody(props: { c: CaseState }) {
  const g = props.c.custody;
  if (!g) {
    return (
      <Section id="gezag" title="Gezag">
        <P>Het gezag is nog niet bepaald.</P>
      </Section>
    );
  }
  const byHand = g.bron === 'handmatig';
  return (
    <Section id="gezag" title="Gezag">
      <Facts>
        <Fact label="Soort gezag">{custodyTypeText(g.type)}</Fact>
        <Fact label="Gezaghouders">
          <Holders holders={g.gezaghouders} />
        </Fact>
        {!g.bekend && g.reden && <Fact label="Waarom onbekend">{assessmentText(g.reden)}</Fact>}
        <Fact label="Bron">
          {byHand ? `Met de hand vastgelegd door ${byText(g.vastgelegdDoor ?? 'onbekend')}` : 'BRP'}
        </Fact>
        {byHand && <Fact label="Brondocument">{g.bronDocument ?? 'Niet genoemd'}</Fact>}
        {byHand && g.toelichting && <Fact label="Toelichting">{g.toelichting}</Fact>}
        <Fact label="Vastgesteld op">{dateTimeText(g.bepaaldOp)}</Fact>
      </Facts>
      {g.brpAfwijking && (
        <Callout type="warning">
          <p class="nl-paragraph">
            {`De BRP gaf op ${dateTimeText(g.brpAfwijking.op)} een ander gezag door dan met de hand is vastgelegd: `}
            {`${custodyTypeText(g.brpAfwijking.type)}, gezaghouders: `}
            {g.brpAfwijking.gezaghouders.map(personText).join('; ') || 'niemand bekend'}
            {'. Vertreksignaal heeft dit niet zelf overgenomen. Controleer welk gezag klopt.'}
          </p>
        </Callout>
      )}
    </Section>
  );
}

export function Assessment(props: { c: CaseState }) {
  const a = props.c.assessment;
  return (
    <Section id="beoordeling" title="Beoordeling">
      {a ? (
        <Facts>
          <Fact label="Kennisgeving nodig">{a.vanToepassing ? 'Ja' : 'Nee'}</Fact>
          <Fact label="Reden">{assessmentText(a.reden)}</Fact>
          {a.toelichting && <Fact label="Toelichting">{a.toelichting}</Fact>}
          <Fact label="Beoordeeld op">{dateTimeText(a.beoordeeldOp)}</Fact>
        </Facts>
      ) : (
        <P>Nog niet beoordeeld.</P>
      )}
    </Section>
  );
}

const ruleDescription = (id: string) => RULESET.regels.find((r) => r.id === id)?.omschrijving;

export function Risk(props: { c: CaseState }) {
  const r = props.c.risk;
  if (!r) return null;
  return (
    <Section id="risico" title="Risico">
      <Facts>
        <Fact label="Risiconiveau">{`${levelText(r.niveau)}. ${levelMeaning(r.niveau)}`}</Fact>
        <Fact label="Regels">{`Regelset ${r.regelsetVersie}`}</Fact>
      </Facts>
      {r.redenen.length === 0 ? (
        <P>Geen enkele regel was van toepassing.</P>
      ) : (
        <Table caption="Regels die van toepassing waren" columns={['Regel', 'Wat de regel zegt', 'Waarom hier']}>
          {r.redenen.map((x) => (
            <Row>
              <Cell header>{x.regel}</Cell>
              <Cell>{ruleDescription(x.regel) ?? 'Deze regel staat niet (meer) in de gepubliceerde regelset.'}</Cell>
              <Cell>{x.toelichting}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Section>
  );
}

export function Notices(props: { read: CaseRead }) {
  const list = props.read.notifications;
  return (
    <Section id="kennisgevingen" title="Kennisgevingen">
      {list.length === 0 ? (
        <P>Er is geen kennisgeving.</P>
      ) : (
        <Table
          caption="Kennisgevingen aan de andere gezaghouder"
          columns={['Ontvanger', 'Status', 'Reactie']}
          captionHidden
        >
          {list.map((n) => (
            <Row>
              <Cell header>
                <Link
                  href={`/kennisgevingen/${n.id}`}
                >{`Kennisgeving aan ${n.recipient?.naam ?? 'onbekende ontvanger'}`}</Link>
              </Cell>
              <Cell>{noticeStatusText(n.status)}</Cell>
              <Cell>{n.reaction ? reactionText(n.reaction.reactie) : 'Geen reactie vastgelegd'}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Section>
  );
}

export function Signals(props: { read: CaseRead }) {
  const list = props.read.signals;
  return (
    <Section id="signalen" title="Signalen">
      {list.length === 0 ? (
        <P>Er is geen signaal verstuurd.</P>
      ) : (
        <Table caption="Signalen aan ketenpartners" columns={['Wie kreeg het', 'Niveau', 'Status']} captionHidden>
          {list.map((s) => (
            <Row>
              <Cell header>{recipientText(s.recipient)}</Cell>
              <Cell>{levelText(s.level)}</Cell>
              <Cell>{signalStatusText(s.status)}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Section>
  );
}
