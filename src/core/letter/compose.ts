// The letter from the municipality to a custody holder who was not involved in a child's departure abroad:
// neutral, plain Dutch (B1). It states what the BRP registered, what the recipient can do, where to get advice,
// and a reference; nothing more. The input holds no address but the recipient's own, so no other can leak in.
import { isValidIsoDate, longFormat } from '../date.ts';
import { CIKO, JURIDISCH_LOKET } from './contacts.ts';

/**
 * Fields that could carry someone else's address are typed `never`: a caller that tries to hand over the child's
 * foreign address (or any address besides the recipient's) fails to compile, not just at object literals.
 */
interface NoAddress {
  adres?: never;
  adresregels?: never;
  verblijfadres?: never;
  verblijfplaats?: never;
}

export type LetterKind = 'kennisgeving' | 'correctie' | 'intrekking' | 'immigratie';

export interface DepartureFacts extends NoAddress {
  /** Dutch long form as the BRP writes it, e.g. '1 december 2026'. */
  datumLangFormaat: string;
  /** Country as the BRP names it, e.g. 'België'. */
  landOmschrijving: string;
}

export interface LetterInput {
  /** First notice, or a follow-up after a correction, a withdrawal, or the child settling in the Netherlands again. */
  kind: LetterKind;
  /** Quoted by the recipient when making contact, e.g. 'VS-2026-AB12CD'. */
  reference: string;
  /** ISO date of the letter (YYYY-MM-DD). */
  date: string;
  /** The sender. Its own office address may appear as the return address: it is public, not personal data. */
  municipality: {
    code: string;
    naam: string;
    contact?: { telefoon?: string; website?: string; adresregels?: string[] };
  };
  /**
   * The recipient's OWN address, Dutch or foreign (`land` set when abroad): the only personal address a letter
   * shows.
   */
  recipient: { naam: string; adresregels: string[]; land?: string };
  child: NoAddress & { naam: string /** Long form, e.g. '3 maart 2015'. */; geboortedatum?: string };
  departure: DepartureFacts;
  /** For 'correctie': what was registered before. */
  previous?: DepartureFacts;
}

export interface Letter {
  /** Return address block: the municipality. */
  sender: string[];
  /** For the envelope window: recipient name, own address lines, country in capitals when abroad. */
  addressBlock: string[];
  subject: string;
  salutation: string;
  /** Body text; entries listed in LETTER_HEADINGS are headings. */
  paragraphs: string[];
  closing: string[];
  reference: string;
  /** Dutch long form, e.g. '23 november 2026'. */
  date: string;
}

const WHAT_YOU_CAN_DO = 'Wat kunt u doen?';

/** Paragraphs a renderer may set as headings. */
export const LETTER_HEADINGS: ReadonlySet<string> = new Set([WHAT_YOU_CAN_DO]);

export function composeLetter(input: LetterInput): Letter {
  if (!isValidIsoDate(input.date)) throw new RangeError('letter date must be an ISO date (YYYY-MM-DD)');
  const gemeente = municipalityTitle(input.municipality.naam);
  const dep = input.departure;
  const child = childDescription(input.child);
  const contact = contactParagraph(input, gemeente);
  const advice = [
    'Wilt u advies over internationale kinderontvoering, of over de verhuizing van een kind naar het buitenland? ' +
      `Neem dan contact op met het ${CIKO.naam}: telefoon ${CIKO.telefoon}, website ${CIKO.website}.`,
    `Wilt u juridisch advies? Neem dan contact op met het ${JURIDISCH_LOKET.naam}: ` +
      `telefoon ${JURIDISCH_LOKET.telefoon}, website ${JURIDISCH_LOKET.website}.`,
  ];
  const earlier = `Wij hebben u eerder een brief gestuurd over het vertrek naar het buitenland van uw kind ${child}.`;

  let subject: string;
  let paragraphs: string[];
  switch (input.kind) {
    case 'kennisgeving':
      subject = 'Vertrek van uw kind naar het buitenland';
      paragraphs = [
        `${gemeente} heeft een vertrek naar het buitenland ingeschreven voor uw kind ${child}. ` +
          `Het land is ${dep.landOmschrijving}. De datum van vertrek is ${dep.datumLangFormaat}. ` +
          'Dit staat nu in de Basisregistratie Personen (BRP).',
        'De gemeente stuurt deze brief aan iedere ouder of gezaghouder met gezag over het kind die niet betrokken ' +
          'was bij de aangifte van vertrek. Volgens onze gegevens geldt dat voor u.',
        'Deze brief is alleen bedoeld om u te informeren. Wist u al van dit vertrek? Dan hoeft u niets te doen.',
        WHAT_YOU_CAN_DO,
        contact,
        ...advice,
      ];
      break;
    case 'correctie':
      subject = 'Wijziging: vertrek van uw kind naar het buitenland';
      paragraphs = [
        earlier,
        'De inschrijving van dit vertrek in de Basisregistratie Personen (BRP) is gewijzigd.',
        ...(input.previous
          ? [`Eerst stond er: vertrek naar ${input.previous.landOmschrijving} op ${input.previous.datumLangFormaat}.`]
          : []),
        `Nu staat er: vertrek naar ${dep.landOmschrijving} op ${dep.datumLangFormaat}.`,
        WHAT_YOU_CAN_DO,
        contact,
        ...advice,
      ];
      break;
    case 'intrekking':
      subject = 'Vertrek van uw kind staat niet meer in de BRP';
      paragraphs = [
        earlier,
        `De gemeente heeft deze inschrijving ingetrokken. Het vertrek naar ${dep.landOmschrijving} op ` +
          `${dep.datumLangFormaat} staat niet meer in de Basisregistratie Personen (BRP).`,
        'U hoeft niets te doen.',
        contact,
      ];
      break;
    case 'immigratie':
      subject = 'Uw kind staat weer ingeschreven in Nederland';
      paragraphs = [
        earlier,
        // Which municipality stays out on purpose: it would hint at where the child lives.
        'Uw kind staat nu weer ingeschreven in een Nederlandse gemeente. ' +
          'Dat staat in de Basisregistratie Personen (BRP).',
        'U hoeft niets te doen.',
        contact,
      ];
      break;
  }

  const letter: Letter = {
    sender: [gemeente, ...nonEmpty(input.municipality.contact?.adresregels ?? [])],
    addressBlock: nonEmpty([
      input.recipient.naam,
      ...input.recipient.adresregels,
      ...(input.recipient.land ? [input.recipient.land.toUpperCase()] : []),
    ]),
    subject,
    salutation: 'Beste heer of mevrouw,',
    paragraphs,
    closing: ['Met vriendelijke groet,', gemeente],
    reference: input.reference,
    date: longFormat({ type: 'Datum', datum: input.date }),
  };
  assertNoBsn(letter);
  return letter;
}

/** 'Utrecht' → 'Gemeente Utrecht'; a name that already says 'gemeente …' is kept as is. */
function municipalityTitle(naam: string): string {
  const trimmed = naam.trim();
  return /^gemeente\s/i.test(trimmed) ? `Gemeente ${trimmed.slice('gemeente'.length).trim()}` : `Gemeente ${trimmed}`;
}

function childDescription(child: LetterInput['child']): string {
  return child.geboortedatum ? `${child.naam} (geboren op ${child.geboortedatum})` : child.naam;
}

function contactParagraph(input: LetterInput, gemeente: string): string {
  const c = input.municipality.contact;
  const routes = [
    c?.telefoon ? `telefoon ${c.telefoon}` : undefined,
    c?.website ? `website ${c.website}` : undefined,
  ].filter(Boolean);
  const who = gemeente.replace(/^Gemeente/, 'de gemeente');
  // Without known contact data we still give a route that always works, rather than none.
  const how = routes.length
    ? `Neem dan contact op met ${who}: ${routes.join(', ')}.`
    : `Neem dan contact op met ${who}. Bel daarvoor het algemene nummer van uw gemeente.`;
  return `Heeft u vragen over deze brief? ${how} Noem daarbij het kenmerk ${input.reference}.`;
}

function nonEmpty(lines: string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

/**
 * Last line of defence: a letter never carries a BSN. Nothing in the input should hold one, so a 9-digit number
 * (plain or written 1234.56.789) means a bug upstream; refusing the letter beats posting it.
 */
function assertNoBsn(letter: Letter): void {
  const all = [
    ...letter.sender,
    ...letter.addressBlock,
    letter.subject,
    letter.salutation,
    ...letter.paragraphs,
    ...letter.closing,
    letter.reference,
    letter.date,
  ].join('\n');
  if (/(?<!\d)\d{9}(?!\d)|(?<!\d)\d{4}\.\d{2}\.\d{3}(?!\d)/.test(all)) {
    throw new Error('letter refused: it would contain a 9-digit number (possible BSN)');
  }
}
