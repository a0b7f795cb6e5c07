// The letter's input from a notification and its case: only the recipient's own address, the child's name, the
// departure date and country, and the municipality. Nothing else can reach a letter (contract §7).
import type { CaseState } from '../../core/case/model.ts';
import { longFormat } from '../../core/date.ts';
import { composeLetter, type Letter, type LetterInput } from '../../core/letter/compose.ts';
import type { NotificationState } from '../../core/notification/model.ts';
import { municipalityName } from '../../core/reference/municipalities.ts';

export function letterInput(
  n: NotificationState,
  c: CaseState,
  today: string,
  followUpIndex?: number,
): LetterInput | null {
  const recipient = n.recipient;
  if (!recipient?.adres || !c.child || !c.departure) return null;
  const followUp = followUpIndex === undefined ? undefined : n.followUps[followUpIndex];
  const birth = c.child.geboortedatum;
  return {
    kind: followUp ? followUp.soort : 'kennisgeving',
    reference: n.reference,
    date: today,
    municipality: {
      code: n.municipalityCode,
      naam: municipalityName(n.municipalityCode) ?? `gemeente ${n.municipalityCode}`,
    },
    recipient: {
      naam: recipient.adres.naam || recipient.naam || 'De gezaghouder',
      adresregels: recipient.adres.adresregels,
      ...(recipient.adres.land ? { land: recipient.adres.land } : {}),
    },
    child: {
      naam: c.child.naam ?? 'uw kind',
      ...(birth ? { geboortedatum: birth.langFormaat ?? longFormat(birth) } : {}),
    },
    departure: {
      datumLangFormaat: longFormat(c.departure.datum),
      landOmschrijving: c.departure.land.omschrijving ?? 'onbekend land',
    },
    ...(followUp?.vorige ? { previous: followUp.vorige } : {}),
  };
}

export function letterOf(n: NotificationState, c: CaseState, today: string, followUpIndex?: number): Letter | null {
  const input = letterInput(n, c, today, followUpIndex);
  return input ? composeLetter(input) : null;
}

/** The letter as plain text lines, for the preview beside the PDF (the same content). */
export const letterText = (l: Letter): string[] => [l.subject, l.salutation, ...l.paragraphs, ...l.closing];
