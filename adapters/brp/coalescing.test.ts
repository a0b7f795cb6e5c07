// The coalescing BRP client: lookups of the same fields at the same moment share one request, each caller gets its
// own persons, and a failing batch falls back to asking per caller.
import { describe, expect, it } from 'vitest';
import type { BrpPersoon } from '../../schemas/brp.ts';
import type { BrpPort } from '../../src/ports/brp.ts';
import { coalescingBrp } from './coalescing.ts';

function recording(fail?: (bsns: readonly string[]) => boolean) {
  const calls: { bsns: readonly string[]; fields: readonly string[] }[] = [];
  const port: BrpPort = {
    async personen(bsns, fields) {
      calls.push({ bsns, fields });
      if (fail?.(bsns)) throw new Error('bad answer');
      return bsns.filter((b) => !b.endsWith('9')).map((b): BrpPersoon => ({ burgerservicenummer: b }));
    },
  };
  return { calls, port };
}

describe('coalescingBrp', () => {
  it('sends concurrent lookups of the same fields as one request and gives each caller its own persons', async () => {
    const r = recording();
    const brp = coalescingBrp(r.port);
    const [a, b, c] = await Promise.all([
      brp.personen(['100000001'], ['naam']),
      brp.personen(['100000002', '100000009'], ['naam']),
      brp.personen(['100000003'], ['gezag']),
    ]);
    expect(r.calls).toHaveLength(2);
    expect(r.calls.find((x) => x.fields[0] === 'naam')?.bsns).toEqual(['100000001', '100000002', '100000009']);
    expect(a.map((p) => p.burgerservicenummer)).toEqual(['100000001']);
    expect(b.map((p) => p.burgerservicenummer)).toEqual(['100000002']);
    expect(c.map((p) => p.burgerservicenummer)).toEqual(['100000003']);
  });

  it('never puts more than 20 BSNs in one request', async () => {
    const r = recording();
    const brp = coalescingBrp(r.port);
    await Promise.all(Array.from({ length: 45 }, (_, i) => brp.personen([String(200000000 + i)], ['naam'])));
    expect(r.calls.every((c) => c.bsns.length <= 20)).toBe(true);
    expect(r.calls.reduce((n, c) => n + c.bsns.length, 0)).toBe(45);
  });

  it('asks per caller again when a shared request fails, so one bad answer fails only its own caller', async () => {
    const r = recording((bsns) => bsns.includes('300000001'));
    const brp = coalescingBrp(r.port);
    const [bad, good] = await Promise.allSettled([
      brp.personen(['300000001'], ['naam']),
      brp.personen(['300000002'], ['naam']),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status === 'fulfilled' && good.value.map((p) => p.burgerservicenummer)).toEqual(['300000002']);
  });
});
