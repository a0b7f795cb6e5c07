// The demo register of the built-in fake BRP, and DEMO_SCENARIOS: per case, the departure to post and what the
// contract (§7) requires as outcome. Fictitious people; every BSN is in the 9999xxxxx test range and passes the
// elfproef. Dates are fixed (children born 2012-2020, departures December 2026 and 2027) so outcomes never drift;
// the few children born in 2009 are there on purpose, to sit at the edge of majority. The data live in
// demo-adults.ts, demo-children.ts and demo-scenarios.ts; importers use this module.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { demoAdults } from './demo-adults.ts';
import { demoChildren } from './demo-children.ts';

export { DEMO_SCENARIOS, type DemoScenario } from './demo-scenarios.ts';

export const demoPersons: BrpPersoon[] = [...Object.values(demoAdults), ...Object.values(demoChildren)];

/** Every full name and every geslachtsnaam of 4+ letters: the test harness fails when one appears in a log line. */
export function demoNames(): string[] {
  const names = new Set<string>();
  for (const p of demoPersons) {
    if (p.naam?.volledigeNaam) names.add(p.naam.volledigeNaam);
    if (p.naam?.geslachtsnaam && p.naam.geslachtsnaam.length >= 4) names.add(p.naam.geslachtsnaam);
  }
  return [...names];
}
