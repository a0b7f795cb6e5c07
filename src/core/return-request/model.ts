// The shapes of the return request: what a case knows (input) and the composed form (sections of fields).
import type { AbstractDatum, IsoDate } from '../date.ts';

export interface ReturnRequestPerson {
  naam?: string;
  burgerservicenummer?: string;
  geboortedatum?: AbstractDatum;
  /** Address lines as the BRP holds them, when known. */
  adresregels?: string[];
  /** Country of that address when it is abroad. */
  land?: string;
  /** How the person relates to the child, e.g. 'ouder' or 'voogd'. */
  relatie?: string;
  /** True: declared or co-signed the departure; false: was not involved; absent: unknown. */
  betrokkenBijAangifte?: boolean;
}

export interface ReturnRequestInput {
  /** The case's reference, e.g. 'VS-2026-AB12CD'. */
  reference: string;
  /** Today (YYYY-MM-DD): the date of the request. */
  date: IsoDate;
  /** The requesting organisation, normally the Central Authority (Ca IKA). */
  requester: { naam: string; adresregels?: string[]; telefoon?: string; email?: string };
  child: { naam: string; burgerservicenummer: string; geboortedatum?: AbstractDatum; geboorteplaats?: string };
  custody: {
    /** Gezag type as the BRP names it, e.g. 'GezamenlijkOuderlijkGezag'. */
    type: string;
    /** Legal basis, e.g. 'artikel 1:251 Burgerlijk Wetboek'; a blank when absent. */
    rechtsgrond?: string;
    /** When the custody was determined (ISO date or date-time). */
    bepaaldOp?: string;
    holders: ReturnRequestPerson[];
  };
  /** The child's habitual residence before the departure: the Dutch municipality of registration. */
  habitualResidence: { gemeente: string };
  removal: {
    datum: AbstractDatum;
    land: string;
    /** The foreign address lines from the event. */
    adresregels: string[];
  };
  /** What the other custody holder answered to the notification, when recorded. */
  reaction?: { reactie: 'akkoord' | 'niet-akkoord' | 'onbekend-met-vertrek'; ontvangenOp: IsoDate };
}

export interface Field {
  label: string;
  /** Several lines are separated by '\n'. */
  value: string;
  /** False: the value is the UNKNOWN blank. */
  known: boolean;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; fields: Field[] }
  | { type: 'list'; items: string[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface ReturnRequest {
  title: string;
  intro: string[];
  sections: Section[];
  reference: string;
  /** Dutch long form of the request date; also the PDF's creation date. */
  date: string;
  isoDate: IsoDate;
}
