// The demo register is valid BRP data with test BSNs, and DEMO_SCENARIOS covers what the contract (§7) asks for.
import { describe, expect, it } from 'vitest';
import { Persoon } from '../../schemas/brp.ts';
import { isValidBsn } from '../../src/core/bsn.ts';
import { DEMO_SCENARIOS, demoNames, demoPersons } from './demo-persons.ts';

const byBsn = new Map(demoPersons.map((p) => [p.burgerservicenummer, p]));
const scenario = (key: string) => DEMO_SCENARIOS.find((s) => s.key === key)!;
const gezagOf = (key: string) => byBsn.get(scenario(key).childBsn)!.gezag!;

describe('demo persons', () => {
  it('have unique BSNs in the 9999xxxxx test range that pass the elfproef', () => {
    const bsns = demoPersons.map((p) => p.burgerservicenummer);
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const b of bsns) {
      expect(isValidBsn(b), b).toBe(true);
      expect(b.startsWith('9999'), b).toBe(true);
    }
  });

  it('parse as BRP persons (schemas/brp.ts Persoon)', () => {
    for (const p of demoPersons) {
      const r = Persoon.safeParse(p);
      expect(r.success, `${p.burgerservicenummer}: ${r.error?.message ?? ''}`).toBe(true);
    }
  });

  it("follow the spec's patterns for names, dates, addresses and toelichting", () => {
    for (const p of demoPersons) {
      const a = p.adressering!;
      expect(p.naam?.volledigeNaam).toMatch(/^[a-zA-Z0-9À-ž .\-']{1,450}$/);
      expect(p.geboorte?.datum?.langFormaat).toMatch(/^[a-z0-9 ]{1,17}$/);
      expect(a.aanschrijfwijze?.naam).toMatch(/^[a-zA-Z0-9À-ž .\-']{1,650}$/);
      expect(p.gemeenteVanInschrijving?.code).toMatch(/^[0-9]{4}$/);
      const v = p.verblijfplaats!;
      expect(['Adres', 'VerblijfplaatsBuitenland', 'VerblijfplaatsOnbekend']).toContain(v.type);
      if (v.type === 'Adres')
        expect((v.verblijfadres as { postcode: string }).postcode).toMatch(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/);
      if (v.type === 'VerblijfplaatsBuitenland') expect(p.gemeenteVanInschrijving?.code).toBe('1999');
      if (v.type === 'VerblijfplaatsOnbekend') expect(a.adresregel1).toBeUndefined();
      for (const g of p.gezag ?? []) {
        expect(g.minderjarige.burgerservicenummer).toBe(p.burgerservicenummer);
        if (g.toelichting !== undefined) expect(g.toelichting).toMatch(/^[a-zA-Z0-9À-ž /;:.\-?()]{1,400}$/);
      }
    }
  });

  it('name in demoNames() every full name and every geslachtsnaam of 4+ letters', () => {
    const names = demoNames();
    expect(names.length).toBeGreaterThan(0);
    for (const p of demoPersons) {
      expect(names).toContain(p.naam!.volledigeNaam);
      if (p.naam!.geslachtsnaam!.length >= 4) expect(names).toContain(p.naam!.geslachtsnaam);
    }
  });
});

describe('demo scenarios', () => {
  it('have unique keys and refer only to persons in the register (the unknown child excepted)', () => {
    expect(new Set(DEMO_SCENARIOS.map((s) => s.key)).size).toBe(DEMO_SCENARIOS.length);
    expect(scenario('kind-onbekend')).toBeDefined();
    for (const s of DEMO_SCENARIOS) {
      expect(isValidBsn(s.childBsn), s.key).toBe(true);
      expect(byBsn.has(s.childBsn), s.key).toBe(s.key !== 'kind-onbekend');
      for (const b of [s.declarantBsn, ...(s.coSignerBsns ?? []), ...s.expected.notifiedBsns].filter(Boolean))
        expect(byBsn.has(b!), s.key).toBe(true);
    }
  });

  it('use fixed departure dates from December 2026 through 2027', () => {
    for (const s of DEMO_SCENARIOS)
      expect(s.departureDate >= '2026-12-01' && s.departureDate <= '2027-12-31', s.key).toBe(true);
  });

  it('notify only custody holders who neither declared nor co-signed', () => {
    for (const s of DEMO_SCENARIOS) {
      const holders = (byBsn.get(s.childBsn)?.gezag ?? [])
        .flatMap((g) => [g.ouder, g.derde, ...(g.ouders ?? []), ...(g.derden ?? [])])
        .map((h) => h?.burgerservicenummer);
      for (const n of s.expected.notifiedBsns) {
        expect(holders, s.key).toContain(n);
        expect([s.declarantBsn, ...(s.coSignerBsns ?? [])], s.key).not.toContain(n);
      }
    }
  });

  it('cover every custody type, both names of joint parental custody, and the unknowns', () => {
    const types = new Set(demoPersons.flatMap((p) => (p.gezag ?? []).map((g) => g.type)));
    for (const t of [
      'GezamenlijkOuderlijkGezag',
      'TweehoofdigOuderlijkGezag',
      'EenhoofdigOuderlijkGezag',
      'GezamenlijkGezag',
      'Voogdij',
      'GezagNietTeBepalen',
      'TijdelijkGeenGezag',
    ])
      expect(types).toContain(t);
    expect(gezagOf('gezag-in-onderzoek')[0].inOnderzoek).toBe(true);
    // Investigations on person records: the child's custody indicator, and a holder's custody data.
    const investigatedChild = byBsn.get(scenario('gezag-indicatie-in-onderzoek').childBsn)!;
    expect(investigatedChild.inOnderzoek?.indicatieGezagMinderjarige).toBe(true);
    expect(investigatedChild.indicatieGezagMinderjarige?.code).toBe('12');
    expect(gezagOf('gezag-indicatie-in-onderzoek')[0].inOnderzoek).toBeUndefined();
    const holders = gezagOf('gezaghouder-in-onderzoek')[0].ouders!.map((o) => byBsn.get(o.burgerservicenummer!)!);
    expect(
      holders.filter((h) => h.inOnderzoek?.indicatieCurateleRegister).map((h) => h.burgerservicenummer),
    ).toHaveLength(1);
    // The one under investigation is the holder who would be told, not the declarant.
    expect(holders.find((h) => h.inOnderzoek)!.burgerservicenummer).not.toBe(
      scenario('gezaghouder-in-onderzoek').declarantBsn,
    );
    expect(gezagOf('ouder-en-onbekende-derde')[0].derde?.type).toBe('OnbekendeDerde');
  });

  const edgeCases =
    'cover incomplete birth dates, the edge of majority, a recipient abroad or without address, ' +
    'and both municipalities';
  it(edgeCases, () => {
    const child = (key: string) => byBsn.get(scenario(key).childBsn)!;
    expect(child('onvolledige-geboortedatum-maand').geboorte?.datum?.type).toBe('JaarMaandDatum');
    expect(child('onvolledige-geboortedatum-jaar').geboorte?.datum?.type).toBe('JaarDatum');
    const turns18 = child('wordt-18-voor-vertrek').geboorte!.datum as { datum: string };
    expect(
      `${Number(turns18.datum.slice(0, 4)) + 18}${turns18.datum.slice(4)}` <=
        scenario('wordt-18-voor-vertrek').departureDate,
    ).toBe(true);
    expect(byBsn.get(scenario('ontvanger-in-buitenland').expected.notifiedBsns[0])?.gemeenteVanInschrijving?.code).toBe(
      '1999',
    );
    expect(byBsn.get(scenario('ontvanger-zonder-adres').expected.notifiedBsns[0])?.verblijfplaats?.type).toBe(
      'VerblijfplaatsOnbekend',
    );
    expect(new Set(DEMO_SCENARIOS.map((s) => s.municipalityCode))).toEqual(new Set(['0363', '0518']));
    expect(DEMO_SCENARIOS.filter((s) => s.key.startsWith('broers-en-zussen')).map((s) => s.declarantBsn)).toEqual(
      Array(3).fill(scenario('broers-en-zussen-1').declarantBsn),
    );
  });

  it('hold for safety exactly when the child, the declarant or the recipient has geheimhouding', () => {
    const secret = (b?: string) => !!(b && byBsn.get(b)?.geheimhoudingPersoonsgegevens);
    for (const s of DEMO_SCENARIOS.filter((x) => x.expected.notifiedBsns.length > 0)) {
      const expected = secret(s.childBsn) || secret(s.declarantBsn) || s.expected.notifiedBsns.some(secret);
      expect(s.expected.heldForSafety, s.key).toBe(expected);
    }
    expect(
      DEMO_SCENARIOS.filter((s) => s.expected.heldForSafety)
        .map((s) => s.key)
        .sort(),
    ).toEqual(['geheimhouding-aangever', 'geheimhouding-kind', 'geheimhouding-ontvanger']);
  });
});
