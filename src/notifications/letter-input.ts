// Builds the letter's input from a stored notification and its case: only the recipient's own address,
// the child's name, the departure date and country, and the municipality. Nothing else can reach the letter.
import type { LetterInput } from '../core/letter/compose.ts';
import { municipalityName } from '../core/reference/municipalities.ts';
import { longFormat } from '../core/date.ts';
import type { ChildView, DepartureView, FollowUp } from '../jobs/case-views.ts';
import type { PostalAddress } from '../core/address.ts';

export interface NotificationRow {
  id: string;
  reference: string;
  municipalityCode: string;
  recipient: unknown;
  followUps: unknown;
  createdAt: number;
}
export interface CaseRow {
  child: unknown;
  departure: unknown;
}

export interface StoredRecipient {
  burgerservicenummer: string;
  naam?: string;
  adres: PostalAddress | null;
  geheimhouding?: boolean;
  verzondenVertrek?: { datumLangFormaat: string; landOmschrijving: string };
}

export function letterInput(n: NotificationRow, c: CaseRow, today: string, followUpIndex?: number): LetterInput | null {
  const recipient = n.recipient as StoredRecipient;
  if (!recipient.adres) return null;
  const child = c.child as ChildView;
  const departure = c.departure as DepartureView;
  const followUp = followUpIndex === undefined ? undefined : ((n.followUps as FollowUp[]) ?? [])[followUpIndex];
  const kind: LetterInput['kind'] = followUp ? followUp.soort : 'kennisgeving';
  return {
    kind,
    reference: n.reference,
    date: today,
    municipality: { code: n.municipalityCode, naam: municipalityName(n.municipalityCode) ?? `gemeente ${n.municipalityCode}` },
    recipient: { naam: recipient.adres.naam || recipient.naam || 'De gezaghouder', adresregels: recipient.adres.adresregels, ...(recipient.adres.land ? { land: recipient.adres.land } : {}) },
    child: { naam: child.naam ?? 'uw kind', ...(child.geboortedatum ? { geboortedatum: child.geboortedatum.langFormaat ?? longFormat(child.geboortedatum) } : {}) },
    departure: {
      datumLangFormaat: longFormat(departure.datum),
      landOmschrijving: departure.land.omschrijving ?? 'onbekend land',
    },
    ...(followUp?.vorige ? { previous: followUp.vorige } : {}),
  };
}
