// The College voor de Rechten van de Mens norm (domain brief §7) as executable checks: no rule uses nationality,
// origin, country of birth, ethnicity, religion or names, no rule holds a country list, and every rule is explained.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../reference/countries.generated.ts';
import { RISK_FACT_KEYS, type RiskFacts } from './facts.ts';
import { RULESET } from './rules.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
// Tests are left out because they must spell out what they forbid.
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f, text: readFileSync(dir + f, 'utf8') }));
/**
 * Comments may say what is excluded and why; code and published prose (omschrijving, grondslag, toelichting) may not
 * use it.
 */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const PROTECTED = new RegExp(
  [
    /nationalit|geboorteland|country\s*of\s*birth|countryOfBirth|birthCountry/.source,
    /etnic|ethnic|religi|geloof|afkomst|herkomst|\borigin\b|\bras\b/.source,
  ].join('|'),
  'i',
);
const NAMES = /\bnaam\b|\bnamen\b|\bnames?\b|voornamen|voornaam|geslachtsnaam|achternaam/i;
const letterBounded = (word: string) =>
  new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');

/** Every combination of facts that can make a difference to a rule. */
function allFacts(): RiskFacts[] {
  const out: RiskFacts[] = [];
  const bools = [false, true];
  for (const eligibility of ['van-toepassing', 'handmatige-controle', 'niet-van-toepassing'] as const)
    for (const watchMarkingActive of bools)
      for (const destinationKnown of bools)
        for (const destinationHagueBound of bools)
          for (const childMayBeUnder16OnDeparture of bools)
            for (const departureBeforeRegistration of bools)
              for (const otherMinorsSameDeclarantWithin30Days of [0, 1, 3])
                for (const otherHolderSameCountryWithin30Days of bools)
                  for (const otherHolderReaction of [null, 'akkoord', 'bezwaar'] as const)
                    for (const departureDatePassed of bools)
                      out.push({
                        eligibility,
                        watchMarkingActive,
                        destinationKnown,
                        destinationHagueBound,
                        childMayBeUnder16OnDeparture,
                        departureBeforeRegistration,
                        otherMinorsSameDeclarantWithin30Days,
                        otherHolderSameCountryWithin30Days,
                        otherHolderReaction,
                        departureDatePassed,
                      });
  return out;
}

/** Runs `fn` on `facts` and returns the fact keys it read. */
function readsOf(fn: (f: RiskFacts) => unknown, facts: RiskFacts): Set<string> {
  const touched = new Set<string>();
  const get = (t: RiskFacts, k: string | symbol, r: unknown) => {
    if (typeof k === 'string') touched.add(k);
    return Reflect.get(t, k, r);
  };
  fn(new Proxy(facts, { get }));
  return touched;
}

describe('fairness of the risk rules', () => {
  it('has no fact that is a protected attribute', () => {
    for (const key of RISK_FACT_KEYS) {
      expect(key).not.toMatch(PROTECTED);
      expect(key).not.toMatch(NAMES);
    }
  });

  it('lets every rule declare only known facts, none of them a protected attribute', () => {
    for (const rule of RULESET.regels) {
      expect(rule.gegevens.length, rule.id).toBeGreaterThan(0);
      for (const key of rule.gegevens) {
        expect(RISK_FACT_KEYS as readonly string[], rule.id).toContain(key);
        expect(key).not.toMatch(PROTECTED);
        expect(key).not.toMatch(NAMES);
      }
    }
  });

  it('publishes exactly the facts each rule reads: no more, no fewer', () => {
    const facts = allFacts();
    for (const rule of RULESET.regels) {
      const read = new Set<string>();
      for (const f of facts) {
        for (const k of readsOf(rule.applies, f)) read.add(k);
        // The explanation may only use what the rule declares, or it would disclose an undeclared fact.
        if (rule.applies(f))
          for (const k of readsOf(rule.toelichting, f))
            expect(rule.gegevens as readonly string[], `${rule.id} explains with ${k}`).toContain(k);
      }
      expect([...read].sort(), rule.id).toEqual([...rule.gegevens].sort());
    }
  });

  it('mentions no nationality, origin, country of birth, ethnicity or religion in any code or published text', () => {
    for (const { file, text } of sources) expect(withoutComments(text), file).not.toMatch(PROTECTED);
  });

  it('mentions no names in any rule, fact or routing code', () => {
    // views.ts must pass the child's name on to RvdK IKO and Ca IKA; views.test.ts proves CIKO never gets it.
    for (const { file, text } of sources.filter((s) => s.file !== 'views.ts'))
      expect(withoutComments(text), file).not.toMatch(NAMES);
  });

  it('holds no Tabel 34 country code anywhere in the risk module', () => {
    // '0000' is Tabel 34's "unknown", the one code the rules may know of: it means there is no destination to judge.
    for (const { file, text } of sources) {
      const codes = [...text.matchAll(/(?<!\d)\d{4}(?!\d)/g)]
        .map((m) => m[0])
        .filter((c) => c !== '0000' && c in COUNTRIES);
      expect(codes, file).toEqual([]);
    }
  });

  it('holds no country name anywhere in the risk module', () => {
    // The Netherlands is named as the home state in the legal rationale, never as a destination.
    const names = Object.entries(COUNTRIES)
      .filter(([code]) => code !== '6030' && code !== '0000')
      .map(([, c]) => c.naam);
    for (const { file, text } of sources) {
      const found = names.filter((n) => letterBounded(n).test(text));
      expect(found, file).toEqual([]);
    }
  });

  it('cannot reach any country data: the risk module imports only its own files and date arithmetic', () => {
    for (const { file, text } of sources) {
      const imports = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) expect(spec, file).toMatch(/^\.\/[\w-]+\.ts$|^\.\.\/(date|age)\.ts$/);
    }
    // age.ts in turn reads nothing but date.ts.
    const age = readFileSync(new URL('../age.ts', import.meta.url), 'utf8');
    expect([...age.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1])).toEqual(['./date.ts']);
  });

  it('grounds the destination only in the legal Hague criterion (Art. 4 and Art. 38)', () => {
    const hkov = RULESET.regels.find((r) => r.id === 'hkov-niet-van-toepassing');
    expect(hkov?.gegevens).toEqual(expect.arrayContaining(['destinationKnown', 'destinationHagueBound']));
    expect(hkov?.grondslag).toMatch(/art\. 4\b/i);
    expect(hkov?.grondslag).toMatch(/art\. 38\b/i);
    // No other rule may look at the destination at all.
    for (const r of RULESET.regels.filter((x) => x.id !== 'hkov-niet-van-toepassing')) {
      expect(r.gegevens, r.id).not.toContain('destinationKnown');
      expect(r.gegevens, r.id).not.toContain('destinationHagueBound');
    }
  });

  it('publishes every rule with a unique kebab-case id, a description, an effect and a lawful ground', () => {
    const ids = RULESET.regels.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(RULESET.versie).toMatch(/^\d{4}-\d{2}\.\d+$/);
    for (const r of RULESET.regels) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.omschrijving.length, r.id).toBeGreaterThan(30);
      expect(r.grondslag.length, r.id).toBeGreaterThan(30);
      expect(['basis', 'minimaal', 'stap']).toContain(r.effect.soort);
    }
    expect(RULESET.regels.filter((r) => r.effect.soort === 'basis').every((r) => r.id.startsWith('basis-'))).toBe(true);
  });
});
