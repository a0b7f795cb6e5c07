// Field helpers of the return request: a value or an explicit blank, a person's fields, custody and reaction texts.
import { type AbstractDatum, longFormat } from '../date.ts';
import type { Field, ReturnRequestInput, ReturnRequestPerson } from './model.ts';

/** Printed where the case knows nothing; the caseworker fills it in. */
export const UNKNOWN = 'niet bekend — in te vullen';

/** A field with a value, or the blank when the value is missing or empty. Several lines are joined with '\n'. */
export function field(label: string, value: string | readonly string[] | undefined | null): Field {
  const text = (typeof value === 'string' || value == null ? [value ?? ''] : value)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
  return text === '' ? { label, value: UNKNOWN, known: false } : { label, value: text, known: true };
}

export const blank = (label: string): Field => field(label, undefined);

export function dateText(d: AbstractDatum | undefined): string | undefined {
  return d && d.type !== 'DatumOnbekend' ? longFormat(d) : undefined;
}

/** Address lines, with the country in capitals when the address is abroad (as on an envelope). */
export function addressOf(p: ReturnRequestPerson): string[] {
  const lines = p.adresregels ?? [];
  return lines.length > 0 && p.land ? [...lines, p.land.toUpperCase()] : lines;
}

interface PersonOptions {
  nationality?: boolean;
  addressLabel?: string;
}

/** The model form's identity fields for one person; what the case does not know (nationality, passport) is blank. */
export function person(p: ReturnRequestPerson, options: PersonOptions = {}): Field[] {
  return [
    field('Naam', p.naam),
    field('Burgerservicenummer (BSN)', p.burgerservicenummer),
    field('Geboortedatum', dateText(p.geboortedatum)),
    ...(options.nationality ? [blank('Nationaliteit')] : []),
    field(options.addressLabel ?? 'Adres', addressOf(p)),
    blank('Paspoort of identiteitskaart'),
  ];
}

/** The same fields as `render` gives for a person, all blank: for when the case knows nobody in that role. */
export function personBlank(render: (p: ReturnRequestPerson) => Field[]): Field[] {
  // Only the labels are used: facts that hold for any person (a fixed source line) are blanked too.
  return render({}).map((f) => blank(f.label));
}

const CUSTODY: Record<string, string> = {
  GezamenlijkOuderlijkGezag: 'Gezamenlijk ouderlijk gezag: de ouders hebben samen het gezag',
  EenhoofdigOuderlijkGezag: 'Eenhoofdig ouderlijk gezag: één ouder heeft het gezag',
  GezamenlijkGezag: 'Gezamenlijk gezag: een ouder en een ander hebben samen het gezag',
  Voogdij: 'Voogdij: een of twee anderen dan de ouders hebben het gezag',
};

/** Plain Dutch for a BRP gezag type; an unknown type is shown as the BRP names it. */
export function custodyDescription(type: string): string {
  return CUSTODY[type] ?? type;
}

const REACTION: Record<NonNullable<ReturnRequestInput['reaction']>['reactie'], string> = {
  akkoord: 'Akkoord met het vertrek',
  'niet-akkoord': 'Niet akkoord met het vertrek',
  'onbekend-met-vertrek': 'Wist niet van het vertrek',
};

export function reactionText(r: NonNullable<ReturnRequestInput['reaction']>): string {
  return `${REACTION[r.reactie]} (ontvangen op ${longFormat({ type: 'Datum', datum: r.ontvangenOp })})`;
}
