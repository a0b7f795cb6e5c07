// One function per section of the HCCH Recommended Model Form (request for return), each from the same context.
import { type AbstractDatum, anniversary, dateRange, longFormat, mayBeYoungerThan } from '../date.ts';
import { addressOf, blank, custodyDescription, dateText, field, person, personBlank, reactionText } from './fields.ts';
import type { Block, Field, ReturnRequestInput, ReturnRequestPerson, Section } from './model.ts';

export interface Context {
  input: ReturnRequestInput;
  /** The holders who were not involved in the departure: the applicant, and to whom the child returns. */
  leftBehind: ReturnRequestPerson[];
  /** The holders who declared or co-signed the departure. */
  declarants: ReturnRequestPerson[];
  /** 'Gemeente Amsterdam, Nederland'. */
  residence: string;
  /** The request date in Dutch long form. */
  today: string;
}

const fields = (...f: Field[]): Block => ({ type: 'fields', fields: f });
const heading = (text: string): Block => ({ type: 'heading', text });
const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const long = (iso: string) => longFormat({ type: 'Datum', datum: iso });

export function authorities({ input }: Context): Section {
  const r = input.requester;
  return {
    heading: 'Verzoekende en aangezochte autoriteit',
    blocks: [
      fields(
        field('Verzoekende autoriteit', [r.naam, ...(r.adresregels ?? [])]),
        field('Telefoon en e-mail', [r.telefoon ?? '', r.email ?? '']),
        field('Aangezochte autoriteit', `De Centrale autoriteit van ${input.removal.land}`),
        field('Kenmerk', input.reference),
      ),
    ],
  };
}

/** "Concerns the following child, who will attain the age of 16 on …": the Convention stops applying at 16 (art. 4). */
export function concerning({ input }: Context): Section {
  const birth = dateRange(input.child.geboortedatum);
  const from = birth.from && anniversary(birth.from, 16);
  const to = birth.to && anniversary(birth.to, 16);
  const sixteen = from && to ? (from === to ? long(from) : `tussen ${long(from)} en ${long(to)}`) : undefined;
  const blocks: Block[] = [fields(field('Kind', input.child.naam), field('Wordt 16 jaar op', sixteen))];
  if (!mayBeYoungerThan(16, birth, { from: input.date, to: input.date })) {
    blocks.push(paragraph('Let op: het kind is 16 jaar of ouder. Het Verdrag geldt dan niet meer (artikel 4).'));
  }
  return { heading: 'Dit verzoek gaat over', blocks };
}

export function identity({ input, residence }: Context): Section {
  const child = input.child;
  return {
    heading: 'I. Gegevens van het kind en de ouders',
    blocks: [
      heading('1. Het kind'),
      fields(
        field('Naam', child.naam),
        field('Burgerservicenummer (BSN)', child.burgerservicenummer),
        field('Geboortedatum', dateText(child.geboortedatum)),
        field('Geboorteplaats', child.geboorteplaats),
        field('Gewone verblijfplaats voor het vertrek', residence),
        blank('Paspoort of identiteitskaart'),
        blank('Beschrijving en foto'),
      ),
      ...people('2', 'Ouder of gezaghouder', input.custody.holders, (h) => person(h, { nationality: true })),
      heading('Huwelijk of geregistreerd partnerschap van de ouders'),
      fields(blank('Datum en plaats')),
    ],
  };
}

export function applicant({ leftBehind }: Context): Section {
  const render = (h: ReturnRequestPerson) => [
    ...person(h, { nationality: true }),
    field('Relatie tot het kind', h.relatie ? `${h.relatie}, gezaghouder` : 'gezaghouder'),
    blank('Telefoon en e-mail'),
    blank('Advocaat of juridisch adviseur'),
  ];
  return {
    heading: 'II. Verzoeker (wie had het gezag voor het vertrek)',
    blocks: people('3', 'Verzoeker', leftBehind, render),
  };
}

export function whereabouts({ input, declarants }: Context): Section {
  const render = (h: ReturnRequestPerson) => [
    ...person(h, { nationality: true, addressLabel: 'Laatst bekende adres' }),
    field('Bron', 'Deze persoon heeft het vertrek aangegeven of mede ondertekend bij de gemeente.'),
  ];
  return {
    heading: 'III. Waar het kind waarschijnlijk is',
    blocks: [
      ...people('4.1', 'Persoon die het kind heeft meegenomen of vasthoudt', declarants, render),
      heading('4.2 Adres van het kind'),
      fields(
        field('Land', input.removal.land),
        field('Adres in het buitenland (volgens de BRP)', input.removal.adresregels),
      ),
      heading('4.3 Andere personen die kunnen helpen het kind te vinden'),
      fields(blank('Naam, adres en telefoon')),
    ],
  };
}

export function removal({ input, residence }: Context): Section {
  return {
    heading: 'IV. Het vertrek: datum, plaats en omstandigheden',
    blocks: [
      fields(
        field('Datum van vertrek (volgens de BRP)', dateText(input.removal.datum)),
        field('Vertrokken uit', residence),
        field('Naar', input.removal.land),
        blank('Omstandigheden van het vertrek'),
      ),
    ],
  };
}

export function grounds({ input }: Context): Section {
  const c = input.custody;
  return {
    heading: 'V. Feiten en juridische gronden van het verzoek',
    blocks: [
      fields(
        field('Gezag', custodyDescription(c.type)),
        field(
          'Gezaghouders',
          c.holders.map((h) => h.naam ?? ''),
        ),
        field('Rechtsgrond van het gezag', c.rechtsgrond),
        field('Gezag vastgesteld op', dateText(isoDay(c.bepaaldOp))),
        field('Reactie van de andere gezaghouder', input.reaction ? reactionText(input.reaction) : undefined),
        blank('Toelichting'),
      ),
    ],
  };
}

export function proceedings(): Section {
  return {
    heading: 'VI. Lopende procedures bij de rechter',
    blocks: [fields(blank('Procedures over het gezag of de omgang'))],
  };
}

export function returnTo({ leftBehind }: Context): Section {
  const to = leftBehind.length > 0 ? leftBehind : [{}];
  return {
    heading: 'VII. Het kind moet terugkeren naar',
    blocks: [
      ...to.map((h) => fields(field('Naam', h.naam), field('Adres', addressOf(h)), blank('Telefoon'))),
      fields(blank('Voorstel voor de terugkeer van het kind')),
    ],
  };
}

export function remarks({ input, today }: Context): Section {
  return {
    heading: 'VIII. Overige opmerkingen',
    blocks: [
      paragraph(
        `Dit verzoek is op ${today} vooraf ingevuld met gegevens uit de Basisregistratie Personen (BRP) ` +
          `en uit melding ${input.reference}.`,
      ),
      paragraph('Controleer alle gegevens voordat u het verzoek verstuurt. Vul aan wat ontbreekt.'),
      fields(blank('Opmerkingen')),
    ],
  };
}

export function attachments(): Section {
  return {
    heading: 'IX. Bijlagen',
    blocks: [
      paragraph('Er zijn nog geen bijlagen toegevoegd. Voeg toe wat van toepassing is, bijvoorbeeld:'),
      {
        type: 'list',
        items: [
          'een gewaarmerkte kopie van een beslissing of afspraak over het gezag of de omgang;',
          'een uittreksel uit het gezagsregister;',
          'een verklaring over het Nederlandse recht over het gezag (artikel 8, onder f, van het Verdrag);',
          'een machtiging van de verzoeker voor de Centrale autoriteit;',
          'een recente foto van het kind.',
        ],
      },
    ],
  };
}

export function signature({ today }: Context): Section {
  return {
    heading: 'Ondertekening',
    blocks: [fields(field('Datum', today), blank('Plaats'), blank('Handtekening en/of stempel'))],
  };
}

/** One numbered sub-heading and field block per person, or one blank block when nobody is known. */
type Render = (p: ReturnRequestPerson) => Field[];

function people(number: string, title: string, list: ReturnRequestPerson[], render: Render): Block[] {
  const single = number.includes('.') ? `${number} ${title}` : `${number}. ${title}`;
  if (list.length === 0) return [heading(single), fields(...personBlank(render))];
  const numbered = (i: number) => (list.length > 1 ? `${number}.${i + 1} ${title}` : single);
  return list.flatMap((p, i) => [heading(numbered(i)), fields(...render(p))]);
}

function isoDay(value: string | undefined): AbstractDatum | undefined {
  const day = value?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { type: 'Datum', datum: day } : undefined;
}
