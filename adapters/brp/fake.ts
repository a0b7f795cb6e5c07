// Built-in fake BRP: persons in memory, answering as the Haal Centraal Personen API does (only the requested
// top-level fields; geheimhouding and the other automatically delivered fields whenever they apply).
// Used when BRP_API_URL is unset and by the tests. No node: imports: runs on Workers too.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { BrpUnavailableError, type BrpPort } from '../../src/ports/brp.ts';
import { demoPersons } from './demo-persons.ts';
import { AUTO_PROVIDED_FIELDS, topLevelField } from './personen-spec.ts';

export interface FakeBrp extends BrpPort {
  /** false: every call throws BrpUnavailableError, as during a BRP outage. */
  setAvailable(up: boolean): void;
  /** Calls of personen() so far, also the refused ones. */
  calls: number;
  persons: Map<string, BrpPersoon>;
}

/**
 * The part of a person the BRP returns for `fields`: the requested top-level groups, the BSN, and the
 * automatically delivered fields when they apply (geheimhouding only when true: the BRP omits a 0).
 * A deep copy, so a caller changing an answer cannot change the register.
 */
export function selectFields(p: BrpPersoon, fields: readonly string[]): BrpPersoon {
  const source = p as Record<string, unknown>;
  const out: Record<string, unknown> = { burgerservicenummer: p.burgerservicenummer };
  for (const f of fields) {
    const top = topLevelField(f);
    if (top in source) out[top] = source[top];
  }
  for (const auto of AUTO_PROVIDED_FIELDS) {
    if (auto in source && source[auto] !== false) out[auto] = source[auto];
    else delete out[auto];
  }
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
      return [...new Set(bsns)].flatMap((b) => {
        const p = fake.persons.get(b);
        return p ? [selectFields(p, fields)] : [];
      });
    },
  };
  return fake;
}
