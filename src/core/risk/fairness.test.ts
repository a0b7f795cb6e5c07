// Risk rules never use nationality, country of birth, names, religion or ethnicity, and hold no country list.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULESET } from './rules.ts';
import { RISK_FACT_KEYS } from './facts.ts';
import { COUNTRIES } from '../reference/countries.generated.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => [f, readFileSync(dir + f, 'utf8')] as const);
const FORBIDDEN = /nationalit|geboorteland|countryOfBirth|birthCountry|etnic|ethnic|religi|geloof|afkomst|herkomst|volledigeNaam|geslachtsnaam|voornamen/i;

describe('fairness of the risk rules', () => {
  it('reads only facts from the fact list, none of them a protected attribute', () => {
    for (const rule of RULESET.regels) {
      for (const key of rule.gegevens) {
        expect(RISK_FACT_KEYS as readonly string[]).toContain(key);
        expect(key).not.toMatch(FORBIDDEN);
      }
    }
  });

  it('has no rule code that mentions nationality, birth country, names, religion or ethnicity', () => {
    for (const [file, text] of sources) {
      // Comments may name what is excluded; the code may not use it.
      const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      const codeWithoutProse = code.replace(/omschrijving: '[^']*'|grondslag: '[^']*'|toelichting: [^\n]*/g, '');
      expect(codeWithoutProse, file).not.toMatch(FORBIDDEN);
    }
  });

  it('holds no list of countries: no Tabel 34 code or country name appears in the rules', () => {
    // The Netherlands itself is the home state named in the legal rationale, not a destination.
    const names = Object.entries(COUNTRIES).filter(([code]) => code !== '6030').map(([, c]) => c.naam).filter((n) => n.length > 4 && n !== 'Onbekend');
    for (const [file, text] of sources) {
      const codes = text.match(/'\d{4}'/g) ?? [];
      expect(codes, file).toEqual([]);
      for (const n of names) expect(text.includes(n), `${file} mentions ${n}`).toBe(false);
    }
  });

  it('reads only the facts it declares (a rule cannot peek at an undeclared fact)', () => {
    for (const rule of RULESET.regels) {
      const touched = new Set<string>();
      const probe = new Proxy({} as Record<string, unknown>, { get: (_, k: string) => (touched.add(k), k === 'eligibility' ? 'van-toepassing' : k === 'otherMinorsSameDeclarantWithin30Days' ? 1 : true) });
      rule.applies(probe as never);
      for (const k of touched) expect(rule.gegevens as readonly string[], `${rule.id} reads ${k}`).toContain(k);
    }
  });
});
