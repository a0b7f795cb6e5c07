// The logboek's searches: Dutch calendar days as moments, a next link that keeps the filters, a BSN as typed.
import { describe, expect, it } from 'vitest';
import { BsnSearch, nextHref, parseFilter, toLogQuery } from './filters.ts';

const PS = `ps-${'0a'.repeat(16)}`;

describe('the filter form', () => {
  it('turns Dutch days into moments from midnight to midnight, Amsterdam time', () => {
    const f = parseFilter({ van: '2026-07-01', tot: '2026-07-01', doel: 'evaluatie', actor: ' dev-ciko ' });
    if (!f.ok) throw new Error('refused');
    expect(toLogQuery(f.data)).toEqual({
      from: Date.parse('2026-06-30T22:00:00Z'),
      to: Date.parse('2026-07-01T22:00:00Z') - 1,
      actor: 'dev-ciko',
      purpose: 'evaluatie',
      subject: undefined,
      afterSeq: undefined,
    });
  });

  it('keeps the filters in the next link and replaces the cursor', () => {
    const f = parseFilter({ doel: 'evaluatie', betrokkene: PS.toUpperCase().replace('PS-', 'ps-'), vanaf: '100' });
    if (!f.ok) throw new Error('refused');
    expect(f.data.betrokkene).toBe(PS);
    expect(nextHref(f.data, 200)).toBe(`/logboek?doel=evaluatie&betrokkene=${PS}&vanaf=200`);
  });

  it('refuses an unknown purpose, a malformed pseudonym and a start after the end; ignores a bad cursor', () => {
    const f = parseFilter({ doel: 'iets', betrokkene: '999990378', van: '2026-02-01', tot: '2026-01-01' });
    expect(f.ok ? [] : f.errors.map((e) => e.field)).toEqual(['doel', 'betrokkene', 'van']);
    const cursor = parseFilter({ vanaf: '12; DROP' });
    expect(cursor.ok && cursor.data.vanaf).toBe(undefined);
  });
});

describe('the BSN form', () => {
  it('takes a BSN with spaces or dots, and refuses one that fails the elfproef', () => {
    expect(BsnSearch.parse({ burgerservicenummer: '9999.90 378' }).burgerservicenummer).toBe('999990378');
    const bad = BsnSearch.safeParse({ burgerservicenummer: '999990379' });
    expect(bad.success ? '' : bad.error.issues[0].message).toContain('elfproef');
    const empty = BsnSearch.safeParse({});
    expect(empty.success ? '' : empty.error.issues[0].message).toBe('Vul een burgerservicenummer in.');
  });
});
