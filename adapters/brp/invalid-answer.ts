// Turns a BRP answer that does not match the spec into a BrpInvalidAnswerError that says where and what, never
// with a value: field paths (array positions as []) and the expected shape, readable by an officer.
import type { ZodError } from 'zod';
import { BrpInvalidAnswerError } from '../../src/ports/brp.ts';

const MAX_REPORTED = 3;

// Whatever the BRP sent could hold a BSN, even in a key: long digit runs are never repeated.
const redact = (s: string) => s.replace(/[0-9]{5,}/g, '…');

/** `personen[].geboorte.datum`: positions dropped, so the path names the field and not the person. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? '[]' : `${out ? '.' : ''}${redact(String(p))}`;
  return out || '(antwoord)';
}

type Issue = ZodError['issues'][number];

/** What was wrong, in Dutch, from the issue's code and expectation only (a zod message may quote a value). */
function problemOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'ontbreekt' : `verwacht ${issue.expected}`;
    case 'invalid_union':
      return 'onbekende vorm';
    case 'invalid_value':
      return 'onbekende waarde';
    case 'too_small':
    case 'too_big':
      return 'buiten het toegestane bereik';
    case 'invalid_format':
    case 'custom':
      return 'ongeldig formaat';
    default:
      return 'ongeldig';
  }
}

export function invalidSchema(error: ZodError): BrpInvalidAnswerError {
  const seen = new Map<string, string>();
  for (const issue of error.issues) {
    const path = fieldPath(issue.path);
    if (!seen.has(path)) seen.set(path, problemOf(issue));
  }
  const listed = [...seen].slice(0, MAX_REPORTED);
  const more = seen.size > MAX_REPORTED ? ` en ${seen.size - MAX_REPORTED} meer` : '';
  const problems = listed.map(([p, what]) => `${p} (${what})`).join(', ');
  return new BrpInvalidAnswerError(
    `BRP answer does not match the spec (${error.issues.length} issue(s), at ${listed.map(([p]) => p).join(', ')})`,
    listed.map(([p]) => p),
    `Het antwoord van de BRP voldoet niet aan de specificatie: ${problems}${more}. Stel de gegevens handmatig vast.`,
  );
}

export const notJson = () =>
  new BrpInvalidAnswerError(
    'BRP answer is not JSON',
    [],
    'Het antwoord van de BRP is geen JSON. Stel de gegevens handmatig vast.',
  );

export const personNotAsked = () =>
  new BrpInvalidAnswerError(
    'BRP answer holds a person that was not asked for',
    ['personen[].burgerservicenummer'],
    'Het antwoord van de BRP bevat een persoon naar wie niet is gevraagd. Stel de gegevens handmatig vast.',
  );
