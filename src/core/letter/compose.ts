// The letter to the other custody holder: neutral, plain Dutch (B1), from the municipality. It states the registered
// departure, what the recipient can do, where to get advice, and a reference: nothing more. The input type holds
// only the recipient's own address, so no other address can reach a letter.
import { longFormat } from '../date.ts';

export interface LetterInput {
  kind: 'kennisgeving' | 'correctie' | 'intrekking' | 'immigratie';
  reference: string;
  /** ISO date of the letter. */
  date: string;
  municipality: { code: string; naam: string; contact?: { telefoon?: string; website?: string; adresregels?: string[] } };
  recipient: { naam: string; adresregels: string[]; land?: string };
  child: { naam: string; geboortedatum?: string };
  departure: { datumLangFormaat: string; landOmschrijving: string };
  previous?: { datumLangFormaat: string; landOmschrijving: string };
}

export interface Letter {
  sender: string[];
  addressBlock: string[];
  subject: string;
  salutation: string;
  paragraphs: string[];
  closing: string[];
  reference: string;
  date: string;
}

export const CIKO_CONTACT = 'Centrum Internationale Kinderontvoering (CIKO): telefoon 088 800 9000, www.kinderontvoering.org';
export const LEGAL_HELP = 'Het Juridisch Loket: telefoon 0900 8020, www.juridischloket.nl';

function contactLine(m: LetterInput['municipality']): string {
  const c = m.contact;
  const parts = [c?.telefoon ? `telefoon ${c.telefoon}` : 'het algemene telefoonnummer van de gemeente (14 gevolgd door het netnummer)', c?.website].filter(Boolean);
  return `Neem contact op met de gemeente ${m.naam}: ${parts.join(', ')}. Noem dan het kenmerk ${'{kenmerk}'}.`;
}

export function composeLetter(input: LetterInput): Letter {
  const m = input.municipality;
  const child = input.child.naam + (input.child.geboortedatum ? ` (geboren ${input.child.geboortedatum})` : '');
  const dep = input.departure;
  const contact = contactLine(m).replace('{kenmerk}', input.reference);
  const help = [
    'Wat kunt u doen?',
    contact,
    `Wilt u advies over een vertrek van uw kind naar het buitenland? Dat kan bij het ${CIKO_CONTACT}.`,
    `Wilt u juridisch advies? Dat kan bij ${LEGAL_HELP}.`,
  ];
  let subject: string;
  let body: string[];
  switch (input.kind) {
    case 'kennisgeving':
      subject = 'Vertrek naar het buitenland van uw kind';
      body = [
        `In de Basisregistratie Personen (BRP) is geregistreerd dat uw kind ${child} vanaf ${dep.datumLangFormaat} in ${dep.landOmschrijving} woont.`,
        'U heeft samen met een ander het gezag over dit kind. U was niet betrokken bij deze aangifte van vertrek. Daarom laat de gemeente u dit weten. Wij informeren iedere gezaghouder die niet bij de aangifte was.',
        'Deze brief is alleen informatie. U hoeft niets te doen als u al van het vertrek wist.',
        ...help,
      ];
      break;
    case 'correctie':
      subject = 'Wijziging: vertrek naar het buitenland van uw kind';
      body = [
        `Wij schreven u eerder dat voor uw kind ${child} een vertrek naar het buitenland is geregistreerd${input.previous ? ` (vanaf ${input.previous.datumLangFormaat} in ${input.previous.landOmschrijving})` : ''}.`,
        `Deze registratie is gewijzigd. Nu staat geregistreerd: vanaf ${dep.datumLangFormaat} in ${dep.landOmschrijving}.`,
        ...help,
      ];
      break;
    case 'intrekking':
      subject = 'Vertrek van uw kind is niet meer geregistreerd';
      body = [
        `Wij schreven u eerder dat voor uw kind ${child} een vertrek naar het buitenland is geregistreerd.`,
        'Deze registratie is ingetrokken. In de Basisregistratie Personen staat dit vertrek niet meer. U hoeft niets te doen.',
        contact,
      ];
      break;
    case 'immigratie':
      subject = 'Uw kind staat weer ingeschreven in Nederland';
      body = [
        `Wij schreven u eerder dat voor uw kind ${child} een vertrek naar het buitenland is geregistreerd.`,
        'Uw kind staat nu weer ingeschreven in een Nederlandse gemeente. U hoeft niets te doen.',
        contact,
      ];
      break;
  }
  return {
    sender: [`Gemeente ${m.naam}`, 'Burgerzaken', ...(m.contact?.adresregels ?? [])],
    addressBlock: [input.recipient.naam, ...input.recipient.adresregels, ...(input.recipient.land ? [input.recipient.land.toUpperCase()] : [])],
    subject,
    salutation: 'Beste heer of mevrouw,',
    paragraphs: body,
    closing: ['Met vriendelijke groet,', `Burgerzaken, gemeente ${m.naam}`],
    reference: input.reference,
    date: longFormat({ type: 'Datum', datum: input.date }),
  };
}
