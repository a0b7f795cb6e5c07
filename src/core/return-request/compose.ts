// The request for the return of a child under the 1980 Hague Child Abduction Convention, pre-filled for the Ca IKA
// with what a case knows. Sections I–IX follow the HCCH Recommended Model Form (request for return); every field the
// case does not know is printed as an explicit blank, so nothing is silently left out. Plain Dutch (B1).
import { isValidIsoDate, longFormat } from '../date.ts';
import { UNKNOWN } from './fields.ts';
import {
  applicant,
  attachments,
  authorities,
  type Context,
  concerning,
  grounds,
  identity,
  proceedings,
  remarks,
  removal,
  returnTo,
  signature,
  whereabouts,
} from './sections.ts';

export { UNKNOWN } from './fields.ts';

export type { Block, Field, ReturnRequest, ReturnRequestInput, ReturnRequestPerson, Section } from './model.ts';

import type { ReturnRequest, ReturnRequestInput } from './model.ts';

/** Sections I–IX of the model form, with the authorities and the child concerned before them, the signature after. */
export function composeReturnRequest(input: ReturnRequestInput): ReturnRequest {
  if (!isValidIsoDate(input.date)) throw new RangeError('return request date must be an ISO date (YYYY-MM-DD)');
  const holders = input.custody.holders;
  const ctx: Context = {
    input,
    leftBehind: holders.filter((h) => h.betrokkenBijAangifte === false),
    declarants: holders.filter((h) => h.betrokkenBijAangifte === true),
    residence: `Gemeente ${input.habitualResidence.gemeente.trim().replace(/^gemeente\s+/i, '')}, Nederland`,
    today: longFormat({ type: 'Datum', datum: input.date }),
  };
  const build = [authorities, concerning, identity, applicant, whereabouts, removal, grounds, proceedings];
  return {
    title: 'Verzoek om terugkeer van een kind',
    intro: [
      'Haags Kinderontvoeringsverdrag van 25 oktober 1980. Ingevuld volgens het aanbevolen modelformulier ' +
        'van de Haagse Conferentie voor Internationaal Privaatrecht (HCCH).',
      `Waar "${UNKNOWN}" staat, wist de BRP of de gemeente het antwoord niet. Vul dit zelf in.`,
    ],
    sections: [...build, returnTo, remarks, attachments, signature].map((section) => section(ctx)),
    reference: input.reference,
    date: ctx.today,
    isoDate: input.date,
  };
}
