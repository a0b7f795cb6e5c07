// Built-in fake BRP: the demo persons in memory, answering as the Haal Centraal Personen API does
// (only the requested top-level fields; geheimhouding always when set). No node: imports: runs on Workers too.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { BrpUnavailableError, type BrpPort } from '../../src/ports/brp.ts';
import { demoPersons } from './demo-persons.ts';

export interface FakeBrp extends BrpPort {
  setAvailable(up: boolean): void;
  calls: number;
  persons: Map<string, BrpPersoon>;
}

export function selectFields(p: BrpPersoon, fields: readonly string[]): BrpPersoon {
  const out: Record<string, unknown> = { burgerservicenummer: p.burgerservicenummer };
  for (const f of fields) {
    const top = f.split('.')[0];
    if (top in p) out[top] = (p as Record<string, unknown>)[top];
  }
  if (p.geheimhoudingPersoonsgegevens) out.geheimhoudingPersoonsgegevens = true;
  return structuredClone(out) as BrpPersoon;
}

export function createFakeBrp(persons: BrpPersoon[] = demoPersons): FakeBrp {
  let up = true;
  const fake: FakeBrp = {
    calls: 0,
    persons: new Map(persons.map((p) => [p.burgerservicenummer, p])),
    setAvailable(v) {
      up = v;
    },
    async personen(bsns, fields) {
      fake.calls++;
      if (!up) throw new BrpUnavailableError('fake BRP unavailable');
      return bsns.flatMap((b) => (fake.persons.has(b) ? [selectFields(fake.persons.get(b)!, fields)] : []));
    },
  };
  return fake;
}
