import { describe, expect, it } from 'vitest';
import { GezagInvoer, VoorcontroleInvoer } from '../../schemas/api/cases.ts';
import { invalid } from '../app/errors.ts';
import { custodySpec } from '../pages/gemeente/custody-form.tsx';
import { precheckSpec } from '../pages/gemeente/precheck.tsx';
import { fieldErrorsOf, messagesFor } from './api-form.ts';

/** What readApiForm does after reading the fields: the API schema on the body, messages per field. */
function check(
  schema: typeof GezagInvoer | typeof VoorcontroleInvoer,
  spec: typeof custodySpec,
  values: Record<string, string>,
) {
  const parsed = schema.safeParse(spec.body(values));
  if (parsed.success) return { ok: true as const, body: parsed.data };
  const problems = parsed.error.issues.map((i) => ({
    path: i.path,
    reason: i.message,
    choice: i.code === 'invalid_value' || i.code === 'invalid_union',
  }));
  return { ok: false as const, errors: messagesFor(problems, values, spec) };
}

describe('a page form checked by the API schema', () => {
  const valid = { type: 'Voogdij', houder1: '999990020', houder2: '', bron: 'register', toelichting: 'zo gezien' };

  it('builds the API body from the fields, leaving out an empty second holder', () => {
    expect(check(GezagInvoer, custodySpec, valid)).toEqual({
      ok: true,
      body: {
        type: 'Voogdij',
        gezaghouders: [{ burgerservicenummer: '999990020' }],
        bron: 'register',
        toelichting: 'zo gezien',
      },
    });
  });

  it('puts each problem beside the field it came from, also when only the second holder is filled in', () => {
    const r = check(GezagInvoer, custodySpec, { ...valid, houder1: '', houder2: '123' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      { field: 'houder2', message: 'Burgerservicenummer tweede gezaghouder: moet uit 9 cijfers bestaan.' },
    ]);
  });

  it('asks for what is missing in the words of the form, and for a choice where one was not made', () => {
    const r = check(GezagInvoer, custodySpec, { houder1: '', bron: '', toelichting: '' });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['type', 'houder1', 'bron', 'toelichting']);
    expect(!r.ok && r.errors[0].message).toBe('Kies de soort gezag.');
    const odd = check(GezagInvoer, custodySpec, { ...valid, type: 'Koningschap' });
    expect(!odd.ok && odd.errors).toEqual([{ field: 'type', message: 'Kies de soort gezag.' }]);
  });

  it('reads co-signers separated by spaces or commas, and names the list when one is wrong', () => {
    const ok = check(VoorcontroleInvoer, precheckSpec, {
      kind: '999990378',
      aangever: '999990007',
      medeondertekenaars: '999990020, 999990032',
    });
    expect(ok).toMatchObject({
      ok: true,
      body: { medeondertekenaars: [{ burgerservicenummer: '999990020' }, { burgerservicenummer: '999990032' }] },
    });
    const wrong = check(VoorcontroleInvoer, precheckSpec, {
      kind: '999990378',
      aangever: '999990007',
      medeondertekenaars: '999990020 999990021',
    });
    expect(!wrong.ok && wrong.errors).toEqual([
      {
        field: 'medeondertekenaars',
        message: 'Burgerservicenummers van wie mee ondertekent: voldoet niet aan de elfproef.',
      },
    ]);
  });

  it("shows a use case's refusal of the input beside the field; other errors are not form errors", () => {
    const refused = invalid([{ name: 'gezaghouders', reason: 'noemt een gezaghouder twee keer' }]);
    expect(fieldErrorsOf(refused, valid, custodySpec)).toEqual([
      { field: 'houder1', message: 'Burgerservicenummer eerste gezaghouder: noemt een gezaghouder twee keer.' },
    ]);
    expect(fieldErrorsOf(new Error('boom'), valid, custodySpec)).toBeNull();
  });

  it('says what the form set for a filled-in field the API refuses, and still asks for an empty one', () => {
    const spec = { ...custodySpec, invalid: { houder1: 'Vul 9 cijfers in die voldoen aan de elfproef.' } };
    const odd = check(GezagInvoer, spec, { ...valid, houder1: '123' });
    expect(!odd.ok && odd.errors).toEqual([
      { field: 'houder1', message: 'Vul 9 cijfers in die voldoen aan de elfproef.' },
    ]);
    const empty = check(GezagInvoer, spec, { ...valid, houder1: '' });
    expect(!empty.ok && empty.errors[0]).toEqual({ field: 'houder1', message: custodySpec.missing.houder1 });
  });
});
