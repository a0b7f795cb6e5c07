// Built-in fake BRP: persons in memory, answering as the Haal Centraal Personen API does (only the requested
// field paths; geheimhouding and the other automatically delivered fields whenever they apply).
// Used when BRP_API_URL is unset and by the tests. No node: imports: runs on Workers too. With the demo register it
// also knows the synthetic register (7xxxxxxxx, built on demand) that `npm run replay -- --synthetic` posts about.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { type BrpPort, BrpUnavailableError } from '../../src/ports/brp.ts';
import { demoPersons } from './demo-persons.ts';
import { fieldPathProblem, selectFields } from './fields.ts';
import { isAutoProvided } from './personen-spec.ts';
import { syntheticPerson } from './synthetic-persons.ts';

export { selectFields };

export interface FakeBrp extends BrpPort {
  /** false: every call throws BrpUnavailableError, as during a BRP outage. */
  setAvailable(up: boolean): void;
  /** Calls of personen() so far, also the refused ones. */
  calls: number;
  persons: Map<string, BrpPersoon>;
}

export interface FakeBrpOptions {
  /** Also answer for the synthetic register. Default: only when `persons` is the demo register. */
  synthetic?: boolean;
}

export function createFakeBrp(persons: BrpPersoon[] = demoPersons, o: FakeBrpOptions = {}): FakeBrp {
  const synthetic = o.synthetic ?? persons === demoPersons;
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
      // The real BRP answers 400 to a path it does not know: a wrong field list must fail here too, not in production.
      const refused = fields.filter((f) => fieldPathProblem(f) !== null && !isAutoProvided(f));
      if (refused.length) {
        throw new Error(`fake BRP refuses fields: ${refused.map((f) => `${f} (${fieldPathProblem(f)})`).join(', ')}`);
      }
      return [...new Set(bsns)].flatMap((b) => {
        const p = fake.persons.get(b) ?? (synthetic ? syntheticPerson(b) : undefined);
        return p ? [selectFields(p, fields)] : [];
      });
    },
  };
  return fake;
}
