import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeLetter, type Letter, type LetterInput } from './compose.ts';
import { CIKO, JURIDISCH_LOKET } from './contacts.ts';
import { SAMPLE_LETTER } from './sample.fixture.ts';

const base: LetterInput = {
  ...SAMPLE_LETTER,
};

const text = (l: Letter) =>
  [...l.sender, ...l.addressBlock, l.subject, l.salutation, ...l.paragraphs, ...l.closing, l.reference, l.date].join(
    '\n',
  );
const body = (l: Letter) => [l.subject, ...l.paragraphs].join('\n');

describe('composeLetter: the first notice', () => {
  const letter = composeLetter(base);
  const t = text(letter);

  it('states the registered departure: child, country, date, and that it is in the BRP', () => {
    expect(t).toContain('Zoë de Vries (geboren op 3 maart 2015)');
    expect(t).toContain('België');
    expect(t).toContain('1 december 2026');
    expect(t).toContain('Basisregistratie Personen (BRP)');
    expect(t).toContain('Gemeente Amsterdam');
  });

  it('explains that every custody holder not involved in the declaration is informed', () => {
    expect(t).toMatch(/iedere ouder of gezaghouder met gezag .* niet betrokken was bij de aangifte van vertrek/);
  });

  it('tells how to contact the municipality, quoting the reference', () => {
    expect(t).toContain('telefoon 14 020, website www.amsterdam.nl');
    expect(t).toContain('Noem daarbij het kenmerk VS-2026-AB12CD');
    expect(letter.reference).toBe('VS-2026-AB12CD');
  });

  it('falls back to the general municipal number when no contact data is known', () => {
    const t2 = text(composeLetter({ ...base, municipality: { code: '0363', naam: 'Amsterdam' } }));
    expect(t2).toContain('het algemene nummer van uw gemeente');
  });

  it('refers to CIKO and Het Juridisch Loket with their public contact routes', () => {
    expect(t).toContain(`${CIKO.naam}: telefoon 088 800 9000, website www.kinderontvoering.org`);
    expect(t).toContain(`het ${JURIDISCH_LOKET.naam}: telefoon 0900 8020, website www.juridischloket.nl`);
  });

  it('dates the letter in Dutch long form', () => {
    expect(letter.date).toBe('23 november 2026');
  });

  it('stays neutral: no judgement, no risk assessment', () => {
    expect(body(letter)).not.toMatch(/risico|verdacht|ontvoerd|schuld|illegaal|strafbaar|urgent|verhoogd|signaal/i);
  });

  it('addresses the recipient at their own address only', () => {
    expect(letter.addressBlock).toEqual(['J. de Vries', 'Keizersgracht 1', '1015 CJ  AMSTERDAM']);
  });

  it('puts the country in capitals under a foreign address', () => {
    const l = composeLetter({
      ...base,
      recipient: { naam: 'A. Peeters', adresregels: ['Rue de la Loi 16', '1000 Bruxelles'], land: 'België' },
    });
    expect(l.addressBlock).toEqual(['A. Peeters', 'Rue de la Loi 16', '1000 Bruxelles', 'BELGIË']);
  });

  it('refuses a date that is not an ISO date', () => {
    expect(() => composeLetter({ ...base, date: '23-11-2026' })).toThrow(RangeError);
  });
});

describe('composeLetter: follow-ups', () => {
  it('correctie states the corrected and the earlier registration', () => {
    const t = text(
      composeLetter({
        ...base,
        kind: 'correctie',
        departure: { datumLangFormaat: '5 januari 2027', landOmschrijving: 'Duitsland' },
        previous: base.departure,
      }),
    );
    expect(t).toContain('is gewijzigd');
    expect(t).toContain('Eerst stond er: vertrek naar België op 1 december 2026.');
    expect(t).toContain('Nu staat er: vertrek naar Duitsland op 5 januari 2027.');
    expect(t).toContain(CIKO.website);
    expect(t).toContain('VS-2026-AB12CD');
  });

  it('intrekking says the registration was withdrawn and nothing needs to be done', () => {
    const l = composeLetter({ ...base, kind: 'intrekking' });
    expect(text(l)).toContain('ingetrokken');
    expect(text(l)).toContain('U hoeft niets te doen.');
    expect(text(l)).toContain('Zoë de Vries');
    expect(text(l)).toContain('VS-2026-AB12CD');
  });

  it('immigratie says the child is registered in the Netherlands again, without saying where', () => {
    const l = composeLetter({ ...base, kind: 'immigratie' });
    expect(text(l)).toContain('weer ingeschreven in een Nederlandse gemeente');
    expect(text(l)).toContain('U hoeft niets te doen.');
    expect(l.subject).toBe('Uw kind staat weer ingeschreven in Nederland');
  });

  it('every kind has its own subject', () => {
    const kinds = ['kennisgeving', 'correctie', 'intrekking', 'immigratie'] as const;
    expect(new Set(kinds.map((kind) => composeLetter({ ...base, kind }).subject)).size).toBe(4);
  });
});

describe('composeLetter: what can never be in a letter', () => {
  it('the input type accepts no address besides the recipient own', () => {
    // @ts-expect-error the child's (foreign) address has no place in a letter input
    const child: LetterInput['child'] = { naam: 'Zoë', adres: 'Rue Haute 12, 1000 Bruxelles' };
    // @ts-expect-error nor does the address at the destination
    const departure: LetterInput['departure'] = { ...base.departure, adresregels: ['Rue Haute 12'] };
    expect(text(composeLetter({ ...base, child, departure }))).not.toContain('Rue Haute');
  });

  it('refuses to produce a letter holding a 9-digit number (a BSN that slipped into a name)', () => {
    expect(() => composeLetter({ ...base, child: { naam: 'Zoë 999990019' } })).toThrow(/9-digit/);
    expect(() => composeLetter({ ...base, recipient: { ...base.recipient, naam: 'J. 9999.90.019' } })).toThrow(
      /9-digit/,
    );
  });

  const letters = 'abcdefghijklmnopqrstuvwyzëéïöüçñşłąÅØ '.split('');
  const word = fc
    .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 25 })
    .map((a) => a.join('').trim() || 'a');
  const longDate = fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.constantFrom('januari', 'mei', 'december'),
      fc.integer({ min: 2000, max: 2099 }),
    )
    .map(([d, m, y]) => `${d} ${m} ${y}`);
  const addressLine = fc.oneof(
    fc.tuple(word, fc.integer({ min: 1, max: 999 })).map(([s, n]) => `${s}straat ${n}`),
    fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'CJ', 'XZ'), word)
      .map(([p, l, w]) => `${p} ${l}  ${w.toUpperCase()}`),
  );
  const input: fc.Arbitrary<LetterInput> = fc.record(
    {
      kind: fc.constantFrom('kennisgeving', 'correctie', 'intrekking', 'immigratie'),
      reference: fc.stringMatching(/^VS-20[0-9]{2}-[A-Z0-9]{6}$/),
      date: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      municipality: fc.record(
        {
          code: fc.stringMatching(/^[0-9]{4}$/),
          naam: word,
          contact: fc.record(
            {
              telefoon: fc.constantFrom('14 020', '020 123 4567'),
              website: fc.constant('www.gemeente.nl'),
              adresregels: fc.constant(['Postbus 1', '1000 AA  PLAATS']),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['code', 'naam'] },
      ),
      recipient: fc.record(
        { naam: word, adresregels: fc.array(addressLine, { minLength: 1, maxLength: 4 }), land: word },
        { requiredKeys: ['naam', 'adresregels'] },
      ),
      child: fc.record({ naam: word, geboortedatum: longDate }, { requiredKeys: ['naam'] }),
      departure: fc.record({ datumLangFormaat: longDate, landOmschrijving: word }),
      previous: fc.record({ datumLangFormaat: longDate, landOmschrijving: word }),
    },
    { requiredKeys: ['kind', 'reference', 'date', 'municipality', 'recipient', 'child', 'departure'] },
  );
  // Someone else's address (and a BSN), as a careless caller might attach them; QXQ marks them unmistakably.
  const smuggled = fc
    .record({ street: fc.constantFrom('Rue Haute', 'Hauptstraße', 'Calle Mayor'), n: fc.integer({ min: 1, max: 999 }) })
    .map(({ street, n }) => `QXQ ${street} ${n}`);

  it('never shows an address handed over beside the recipient own, whatever else is passed (property)', () => {
    fc.assert(
      fc.property(input, smuggled, (i, other) => {
        const tampered = {
          ...i,
          child: {
            ...i.child,
            adres: other,
            verblijfplaats: { adresregels: [other] },
            burgerservicenummer: '999990019',
          },
          departure: { ...i.departure, adres: other, adresregels: [other] },
          declarant: { naam: 'X', adresregels: [other] },
          municipality: { ...i.municipality, kindAdres: other },
          recipient: { ...i.recipient, andereAdressen: [other] },
        } as unknown as LetterInput; // fields it does not have: the composer must ignore them
        const l = composeLetter(tampered);
        const t = text(l);
        expect(t).not.toContain('QXQ');
        expect(t).not.toContain('999990019');
        // The window shows exactly the recipient's own lines, and the body repeats none of them.
        expect(l.addressBlock).toEqual(
          [i.recipient.naam, ...i.recipient.adresregels, ...(i.recipient.land ? [i.recipient.land.toUpperCase()] : [])]
            .map((s) => s.trim())
            .filter(Boolean),
        );
        for (const line of i.recipient.adresregels) expect(body(l)).not.toContain(line);
      }),
    );
  });

  it('contains no 9-digit number anywhere (property)', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(text(composeLetter(i))).not.toMatch(/\d{9}/);
      }),
    );
  });

  it('always carries the reference, the country, the date and CIKO for the first notice (property)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = text(composeLetter({ ...i, kind: 'kennisgeving' }));
        for (const s of [
          i.reference,
          i.departure.landOmschrijving,
          i.departure.datumLangFormaat,
          i.child.naam,
          CIKO.telefoon,
          JURIDISCH_LOKET.telefoon,
        ])
          expect(t).toContain(s);
      }),
    );
  });
});
