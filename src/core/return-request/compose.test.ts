import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbstractDatum } from '../date.ts';
import {
  composeReturnRequest,
  type Field,
  type ReturnRequest,
  type ReturnRequestInput,
  type ReturnRequestPerson,
  UNKNOWN,
} from './compose.ts';
import { SAMPLE_RETURN_REQUEST as base } from './sample.fixture.ts';

const allFields = (r: ReturnRequest): Field[] =>
  r.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])));
const fieldsOf = (r: ReturnRequest, heading: string) =>
  r.sections.find((s) => s.heading.startsWith(heading))!.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : []));
const value = (fields: Field[], label: string) => fields.find((f) => f.label === label)?.value;
const everything = (r: ReturnRequest) =>
  [r.title, ...r.intro, ...r.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => JSON.stringify(b))])].join(
    '\n',
  );

describe('composeReturnRequest: the HCCH model form, pre-filled', () => {
  const r = composeReturnRequest(base);

  it('follows the sections of the HCCH Recommended Model Form (request for return), I to IX, then signing', () => {
    expect(r.sections.map((s) => s.heading.split(' ')[0])).toEqual([
      'Verzoekende',
      'Dit',
      'I.',
      'II.',
      'III.',
      'IV.',
      'V.',
      'VI.',
      'VII.',
      'VIII.',
      'IX.',
      'Ondertekening',
    ]);
    expect(r.title).toBe('Verzoek om terugkeer van een kind');
  });

  it('identifies the child: name, BSN, birth date, habitual residence (the Dutch municipality)', () => {
    const child = fieldsOf(r, 'I.');
    expect(value(child, 'Naam')).toBe('Ŀluïsa Ayşe Wałęsa');
    expect(value(child, 'Burgerservicenummer (BSN)')).toBe('999990019');
    expect(value(child, 'Geboortedatum')).toBe('3 maart 2015');
    expect(value(child, 'Gewone verblijfplaats voor het vertrek')).toBe('Gemeente Amsterdam, Nederland');
  });

  it('says when the child turns 16, after which the Convention no longer applies', () => {
    expect(value(fieldsOf(r, 'Dit verzoek'), 'Wordt 16 jaar op')).toBe('3 maart 2031');
    const born = (geboortedatum: AbstractDatum) =>
      composeReturnRequest({ ...base, child: { ...base.child, geboortedatum } });
    const older = born({ type: 'Datum', datum: '2010-01-01' });
    expect(everything(older)).toContain('het kind is 16 jaar of ouder');
    expect(everything(r)).not.toContain('16 jaar of ouder');
    const yearOnly = born({ type: 'JaarDatum', jaar: 2015 });
    expect(value(fieldsOf(yearOnly, 'Dit verzoek'), 'Wordt 16 jaar op')).toBe(
      'tussen 1 januari 2031 en 31 december 2031',
    );
  });

  it('puts the holder not involved in the departure as the applicant and as the person to return the child to', () => {
    expect(value(fieldsOf(r, 'II.'), 'Naam')).toBe('Jan Wałęsa');
    expect(value(fieldsOf(r, 'II.'), 'Relatie tot het kind')).toBe('ouder, gezaghouder');
    expect(value(fieldsOf(r, 'VII.'), 'Naam')).toBe('Jan Wałęsa');
    expect(value(fieldsOf(r, 'VII.'), 'Adres')).toBe('Keizersgracht 1\n1015 CJ AMSTERDAM');
  });

  it('names the declaring holder under III as the person with the child, and gives the foreign address', () => {
    const where = fieldsOf(r, 'III.');
    expect(value(where, 'Naam')).toBe('Őrsike Dvořák');
    expect(value(where, 'Land')).toBe('Polen');
    expect(value(where, 'Adres in het buitenland (volgens de BRP)')).toBe('ul. Łódzka 3\n90-001 Łódź');
  });

  it('states the removal: date, from where, to where', () => {
    const removal = fieldsOf(r, 'IV.');
    expect(value(removal, 'Datum van vertrek (volgens de BRP)')).toBe('1 december 2026');
    expect(value(removal, 'Vertrokken uit')).toBe('Gemeente Amsterdam, Nederland');
    expect(value(removal, 'Naar')).toBe('Polen');
    const datum: AbstractDatum = { type: 'JaarMaandDatum', jaar: 2026, maand: 12 };
    const partial = composeReturnRequest({ ...base, removal: { ...base.removal, datum } });
    expect(value(fieldsOf(partial, 'IV.'), 'Datum van vertrek (volgens de BRP)')).toBe('december 2026');
  });

  it('gives custody, its legal basis, when it was determined and the other holder reaction as grounds', () => {
    const grounds = fieldsOf(r, 'V.');
    expect(value(grounds, 'Gezag')).toMatch(/^Gezamenlijk ouderlijk gezag/);
    expect(value(grounds, 'Gezaghouders')).toBe('Őrsike Dvořák\nJan Wałęsa');
    expect(value(grounds, 'Rechtsgrond van het gezag')).toBe('artikel 1:251 Burgerlijk Wetboek');
    expect(value(grounds, 'Gezag vastgesteld op')).toBe('20 november 2026');
    expect(value(grounds, 'Reactie van de andere gezaghouder')).toBe(
      'Niet akkoord met het vertrek (ontvangen op 5 december 2026)',
    );
  });

  it('prints every unknown as the explicit blank, never an empty line', () => {
    const bare: ReturnRequestInput = {
      ...base,
      child: { naam: 'Kind', burgerservicenummer: '999990019' },
      custody: { type: 'GezamenlijkOuderlijkGezag', holders: [] },
      removal: { datum: { type: 'DatumOnbekend' }, land: 'Polen', adresregels: [' ', ''] },
      reaction: undefined,
    };
    const b = composeReturnRequest(bare);
    for (const [heading, label] of [
      ['I.', 'Geboortedatum'],
      ['Dit verzoek', 'Wordt 16 jaar op'],
      ['II.', 'Naam'],
      ['III.', 'Naam'],
      ['III.', 'Adres in het buitenland (volgens de BRP)'],
      ['IV.', 'Datum van vertrek (volgens de BRP)'],
      ['V.', 'Rechtsgrond van het gezag'],
      ['V.', 'Reactie van de andere gezaghouder'],
      ['VII.', 'Naam'],
      ['VI.', 'Procedures over het gezag of de omgang'],
    ]) {
      expect([heading, label, value(fieldsOf(b, heading), label)]).toEqual([heading, label, UNKNOWN]);
    }
    // The fixed "source" sentence of III belongs to a known declarant only.
    expect(value(fieldsOf(b, 'III.'), 'Bron')).toBe(UNKNOWN);
  });

  it('dates the request in Dutch and refuses a malformed date', () => {
    expect(r.date).toBe('10 december 2026');
    expect(value(fieldsOf(r, 'Ondertekening'), 'Datum')).toBe('10 december 2026');
    expect(() => composeReturnRequest({ ...base, date: '10-12-2026' })).toThrow(RangeError);
  });
});

const year = fc.integer({ min: 2008, max: 2027 });
const day = fc.date({ min: new Date('2008-01-01'), max: new Date('2027-12-31'), noInvalidDate: true });
const datum: fc.Arbitrary<AbstractDatum> = fc.oneof(
  day.map((d) => ({ type: 'Datum' as const, datum: d.toISOString().slice(0, 10) })),
  fc.record({ type: fc.constant('JaarMaandDatum' as const), jaar: year, maand: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ type: fc.constant('JaarDatum' as const), jaar: year }),
  fc.constant({ type: 'DatumOnbekend' as const }),
);
const text = fc.string({ minLength: 0, maxLength: 30 });
const lines = fc.array(text, { maxLength: 3 });
const personArb = fc.record(
  {
    naam: text,
    burgerservicenummer: fc.stringMatching(/^\d{9}$/),
    geboortedatum: datum,
    adresregels: lines,
    land: text,
    betrokkenBijAangifte: fc.boolean(),
  },
  { requiredKeys: [] },
);
const inputArb: fc.Arbitrary<ReturnRequestInput> = fc.record({
  reference: fc.constant('VS-2026-AB12CD'),
  date: fc.constant('2026-12-10'),
  requester: fc.record({ naam: fc.constant('Ca IKA') }),
  child: fc.record({
    naam: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
    burgerservicenummer: fc.constant('999990019'),
    geboortedatum: fc.option(datum, { nil: undefined }),
  }),
  custody: fc.record({
    type: fc.constantFrom('GezamenlijkOuderlijkGezag', 'GezamenlijkGezag', 'Voogdij', 'Onbekend'),
    rechtsgrond: fc.option(text, { nil: undefined }),
    holders: fc.array(personArb, { maxLength: 3 }),
  }),
  habitualResidence: fc.record({ gemeente: fc.constantFrom('Amsterdam', 'gemeente Utrecht') }),
  removal: fc.record({ datum, land: fc.constantFrom('Polen', 'Marokko', 'onbekend'), adresregels: lines }),
});
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const named = (people: ReturnRequestPerson[]) => people.map((p) => norm(p.naam ?? '')).filter((n) => n !== '');

describe('composeReturnRequest (property)', () => {
  it('every field is a filled value or exactly the blank; child, destination and foreign address always appear', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = composeReturnRequest(input);
        for (const f of allFields(r)) {
          expect(f.known).toBe(f.value !== UNKNOWN);
          expect(f.value.split('\n').every((l) => l.trim() !== '')).toBe(true);
        }
        const all = allFields(r)
          .map((f) => f.value)
          .join('\n');
        expect(all).toContain(norm(input.child.naam));
        expect(all).toContain(input.removal.land);
        for (const line of input.removal.adresregels.filter((l) => l.trim() !== '')) expect(all).toContain(norm(line));
      }),
    );
  });

  it('puts each holder not involved under II and VII, each declaring one under III, never the other way', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = composeReturnRequest(input);
        const names = (heading: string) =>
          fieldsOf(r, heading)
            .filter((f) => f.label === 'Naam' && f.known)
            .map((f) => f.value);
        const holders = input.custody.holders;
        expect(names('II.')).toEqual(named(holders.filter((h) => h.betrokkenBijAangifte === false)));
        expect(names('VII.')).toEqual(named(holders.filter((h) => h.betrokkenBijAangifte === false)));
        expect(names('III.')).toEqual(named(holders.filter((h) => h.betrokkenBijAangifte === true)));
      }),
    );
  });
});
