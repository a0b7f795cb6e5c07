import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signalView, type SignalCaseFacts } from './views.ts';

const bsn = fc.constantFrom('999990378', '999990007', '999990020', '999990512');
const iso = fc.date({ min: new Date('2008-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const name = fc.constantFrom('Lieke Jansen', 'Anna Jansen', 'Xena de Wit');
const facts: fc.Arbitrary<SignalCaseFacts> = fc.record({
  caseId: fc.uuid(), signalId: fc.uuid(), level: fc.constantFrom('verhoogd', 'hoog', 'urgent'),
  redenen: fc.constant([{ regel: 'basis-gezaghouder-niet-betrokken', toelichting: 'x' }]), regelsetVersie: fc.constant('2026-11.1'),
  child: fc.record({ burgerservicenummer: bsn, naam: name, geboortedatum: iso.map((datum) => ({ type: 'Datum' as const, datum, langFormaat: datum })) }),
  departure: fc.record({ datum: iso.map((datum) => ({ type: 'Datum' as const, datum })), land: fc.constant({ code: '5010', omschrijving: 'België' }), gemeente: fc.constant({ code: '0363' }) }),
  custody: fc.record({ type: fc.constant('GezamenlijkOuderlijkGezag'), gezaghouders: fc.array(fc.record({ burgerservicenummer: bsn, naam: name }), { maxLength: 2 }) }),
  declarant: fc.record({ burgerservicenummer: bsn }),
  createdAt: fc.constant('2026-11-23T09:00:00Z'),
});

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[`${path}.${k}`, k] as [string, unknown], ...leaves(v, `${path}.${k}`)]);
  return [[path, value]];
}

describe('signal views', () => {
  it('gives CIKO no BSN, name, address, exact birth date or case id, in any field', () => {
    fc.assert(fc.property(facts, (f) => {
      const view = signalView('ciko', f);
      for (const [path, v] of leaves(view)) {
        const text = String(v);
        expect(text, path).not.toMatch(/(?<![\w-])\d{9}(?![\w-])/);
        expect(text, path).not.toContain(f.child.naam!);
        for (const h of f.custody.gezaghouders) expect(text, path).not.toContain(h.naam!);
        expect(text, path).not.toBe(f.child.geboortedatum!.type === 'Datum' ? f.child.geboortedatum!.datum : '');
        expect(text, path).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text, path).not.toBe(f.caseId);
        expect(path).not.toMatch(/adres|naam|burgerservicenummer|geboortedatum/i);
      }
    }), { numRuns: 1000 });
  });

  it('gives RvdK IKO and Ca IKA the case facts they need to act', () => {
    fc.assert(fc.property(facts, fc.constantFrom('rvdk-iko' as const, 'ca-ika' as const), (f, r) => {
      const v = signalView(r, f) as Record<string, any>;
      expect(v.kind.burgerservicenummer).toBe(f.child.burgerservicenummer);
      expect(v.vertrek.land.code).toBe('5010');
      expect(v.gezag.gezaghouders).toEqual(f.custody.gezaghouders);
      expect(v.niveau).toBe(f.level);
    }));
  });
});
