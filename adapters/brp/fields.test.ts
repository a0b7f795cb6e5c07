// The `fields` paths the BRP accepts, what it answers for them, and the service asking only what it uses.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate, render } from '../../scripts/gen-brp-fields.ts';
import { CHILD_FIELDS, DECLARANT_FIELDS, HOLDER_FIELDS } from '../../src/ports/brp.ts';
import { demoPersons } from './demo-persons.ts';
import { createFakeBrp } from './fake.ts';
import { fieldPathProblem, selectFields } from './fields.ts';
import { PERSOON_FIELD_PATHS } from './personen-fields.generated.ts';

const byBsn = new Map(demoPersons.map((p) => [p.burgerservicenummer, p]));
const CHILD = byBsn.get('999990378')!;
const INVESTIGATED_CHILD = byBsn.get('999990949')!;
const INVESTIGATED_HOLDER = byBsn.get('999990937')!;

describe('field paths (RvIG features "geldige fields waarden")', () => {
  it('are generated from the spec copy in docs/specs, and the generated file is current', () => {
    const spec = readFileSync(new URL('../../docs/specs/brp-personen-2.7.0.openapi.yaml', import.meta.url), 'utf8');
    const current = readFileSync(new URL('./personen-fields.generated.ts', import.meta.url), 'utf8');
    expect(current).toBe(render(generate(spec)));
  });

  it('accept the exact paths of existing fields', () => {
    for (const p of [
      'naam',
      'naam.volledigeNaam',
      'naam.aanduidingNaamgebruik',
      'geboorte.datum',
      'adressering.aanschrijfwijze.naam',
      'adressering.adresregel3',
      'verblijfplaats.verblijfadres.regel1',
      'verblijfplaats.verblijfadres.officieleStraatnaam',
      'gezag',
      'indicatieGezagMinderjarige',
      'partners.naam.voornamen',
      'kinderen.burgerservicenummer',
    ]) {
      expect(fieldPathProblem(p), p).toBeNull();
    }
  });

  it('accept any sub-path of a date or table value, which is delivered whole', () => {
    for (const p of [
      'geboorte.datum.langFormaat',
      'geboorte.datum.nietBestaand',
      'adressering.land.code',
      'verblijfplaats.datumVan.jaar',
      'naam.adellijkeTitelPredicaat.soort',
      'indicatieGezagMinderjarige.code',
    ]) {
      expect(fieldPathProblem(p), p).toBeNull();
    }
  });

  it('refuse unknown paths, wrong case, sub-paths of gezag and automatically delivered fields', () => {
    expect(fieldPathProblem('adressering.adresregels')).toBe('not a field of Persoon');
    expect(fieldPathProblem('adressering.Aanhef')).toBe('not a field of Persoon');
    expect(fieldPathProblem('adressering.aanschrijfwijze.bestaatNiet')).toBe('not a field of Persoon');
    expect(fieldPathProblem('verblijfplaats.nietBestaand')).toBe('not a field of Persoon');
    expect(fieldPathProblem('naam.volledigeNaam.x')).toBe('not a field of Persoon');
    for (const p of ['gezag.type', 'gezag.ouders', 'gezag.nietBestaand'])
      expect(fieldPathProblem(p), p).toBe('sub-fields of this field may not be asked for');
    for (const p of ['inOnderzoek', 'naam.inOnderzoek', 'geheimhoudingPersoonsgegevens'])
      expect(fieldPathProblem(p), p).toMatch(/automatically/);
    expect(fieldPathProblem('naam volledigeNaam')).toBe('not a field path');
  });
});

describe('selectFields: the answer for a list of paths', () => {
  it('holds exactly the asked sub-fields, a date whole', () => {
    const p = selectFields(CHILD, ['naam.volledigeNaam', 'geboorte.datum.jaar']);
    expect(p).toEqual({
      burgerservicenummer: CHILD.burgerservicenummer,
      naam: { volledigeNaam: CHILD.naam!.volledigeNaam },
      geboorte: { datum: CHILD.geboorte!.datum },
    });
  });

  it('delivers person-level inOnderzoek only for the asked fields it concerns', () => {
    expect(selectFields(INVESTIGATED_CHILD, ['naam.volledigeNaam']).inOnderzoek).toBeUndefined();
    const asked = selectFields(INVESTIGATED_CHILD, ['indicatieGezagMinderjarige']).inOnderzoek;
    expect(asked).toEqual({
      indicatieGezagMinderjarige: true,
      datumIngangOnderzoekGezag: INVESTIGATED_CHILD.inOnderzoek!.datumIngangOnderzoekGezag,
    });
    expect(
      selectFields(INVESTIGATED_HOLDER, ['indicatieCurateleRegister']).inOnderzoek?.indicatieCurateleRegister,
    ).toBe(true);
  });

  const paths = fc.subarray(Object.keys(PERSOON_FIELD_PATHS), { maxLength: 8 });
  const person = fc.constantFrom(...demoPersons);

  /** Every leaf of `part` is in `whole` with the same value. */
  function expectPartOf(part: unknown, whole: unknown, at = '') {
    if (part !== null && typeof part === 'object') {
      for (const [k, v] of Object.entries(part)) expectPartOf(v, (whole as Record<string, unknown>)?.[k], `${at}.${k}`);
    } else expect(part, at).toEqual(whole);
  }

  it('never invents data, and asking more never gives less', () => {
    fc.assert(
      fc.property(person, paths, paths, (p, a, b) => {
        const small = selectFields(p, a);
        const large = selectFields(p, [...a, ...b]);
        expectPartOf(small, p);
        expectPartOf(small, large);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the service asks only for what it uses (contract §3)', () => {
  const lists = { CHILD_FIELDS, HOLDER_FIELDS, DECLARANT_FIELDS };

  it('names only paths the BRP accepts', () => {
    for (const [name, list] of Object.entries(lists))
      for (const f of list) expect(fieldPathProblem(f), `${name}: ${f}`).toBeNull();
  });

  it('never asks a whole group where its parts would do (naam, geboorte, adressering, verblijfplaats)', () => {
    for (const [name, list] of Object.entries(lists))
      for (const f of list) expect(PERSOON_FIELD_PATHS[f], `${name}: ${f}`).not.toBe('group');
  });

  it('asks nothing about where the child or a holder lives beyond the letter lines', () => {
    const all: string[] = Object.values(lists).flat();
    expect(
      all.filter((f) => /^(verblijfplaats|gemeenteVanInschrijving|nationaliteiten|geboorte\.(land|plaats))/.test(f)),
    ).toEqual([]);
  });

  it('is answered by the fake BRP, which refuses a path the BRP would refuse', async () => {
    const brp = createFakeBrp();
    await expect(brp.personen([CHILD.burgerservicenummer], CHILD_FIELDS)).resolves.toHaveLength(1);
    await expect(brp.personen([CHILD.burgerservicenummer], ['adressering.adresregels'])).rejects.toThrow(
      /refuses fields/,
    );
  });
});
