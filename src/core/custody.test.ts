import { describe, expect, it } from 'vitest';
import { interpretCustody } from './custody.ts';

const child = { burgerservicenummer: '999990019' };
const parent = (bsn: string) => ({ burgerservicenummer: bsn, naam: { volledigeNaam: 'X' } });

describe('interpretCustody', () => {
  it('reads joint parental custody under its v2 name and its v1 name alike', () => {
    for (const type of ['GezamenlijkOuderlijkGezag', 'TweehoofdigOuderlijkGezag']) {
      const c = interpretCustody([{ type, minderjarige: child, ouders: [parent('999991905'), parent('999992090')] }], child.burgerservicenummer);
      expect(c).toMatchObject({ kind: 'held', type: 'GezamenlijkOuderlijkGezag' });
      expect(c.kind === 'held' && c.holders.map((h) => h.burgerservicenummer)).toEqual(['999991905', '999992090']);
    }
  });

  it('treats GezagNietTeBepalen and TijdelijkGeenGezag as unknown, never as no joint custody', () => {
    for (const type of ['GezagNietTeBepalen', 'TijdelijkGeenGezag']) {
      expect(interpretCustody([{ type, minderjarige: child, toelichting: 'x' }], child.burgerservicenummer)).toEqual({ kind: 'unknown', type, reason: 'gezag-onbekend' });
    }
  });

  it('treats custody under investigation (inOnderzoek) as unknown', () => {
    const c = interpretCustody([{ type: 'GezamenlijkOuderlijkGezag', inOnderzoek: true, minderjarige: child, ouders: [parent('999991905'), parent('999992090')] }], child.burgerservicenummer);
    expect(c).toEqual({ kind: 'unknown', type: 'GezamenlijkOuderlijkGezag', reason: 'gezag-in-onderzoek' });
  });

  it('keeps a parent with a third party as two holders, an unknown third party without BSN', () => {
    const known = interpretCustody([{ type: 'GezamenlijkGezag', minderjarige: child, ouder: parent('999991905'), derde: { type: 'BekendeDerde', ...parent('999992090') } }], child.burgerservicenummer);
    expect(known.kind === 'held' && known.holders.length).toBe(2);
    const unknown = interpretCustody([{ type: 'GezamenlijkGezag', minderjarige: child, ouder: parent('999991905'), derde: { type: 'OnbekendeDerde' } }], child.burgerservicenummer);
    expect(unknown.kind === 'held' && unknown.holders[1].burgerservicenummer).toBeUndefined();
  });

  it('reads sole custody and guardianship', () => {
    expect(interpretCustody([{ type: 'EenhoofdigOuderlijkGezag', minderjarige: child, ouder: parent('999991905') }], child.burgerservicenummer)).toMatchObject({ kind: 'held', holders: [{ burgerservicenummer: '999991905' }] });
    expect(interpretCustody([{ type: 'Voogdij', minderjarige: child, derden: [] }], child.burgerservicenummer)).toMatchObject({ kind: 'held', holders: [] });
  });

  it('answers unknown without a relation for this child, with several, or with an unknown type', () => {
    expect(interpretCustody(undefined, child.burgerservicenummer).kind).toBe('unknown');
    expect(interpretCustody([{ type: 'EenhoofdigOuderlijkGezag', minderjarige: { burgerservicenummer: '999998870' }, ouder: parent('1') }], child.burgerservicenummer).kind).toBe('unknown');
    expect(interpretCustody([{ type: 'NieuwSoortGezag', minderjarige: child }], child.burgerservicenummer).kind).toBe('unknown');
    const two = [{ type: 'EenhoofdigOuderlijkGezag', minderjarige: child, ouder: parent('999991905') }, { type: 'EenhoofdigOuderlijkGezag', minderjarige: child, ouder: parent('999992090') }];
    expect(interpretCustody(two, child.burgerservicenummer).kind).toBe('unknown');
  });
});
