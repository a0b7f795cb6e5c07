// Combines the rules into a level. Floors ("at least") hold whatever the steps do, so adding a risk fact never
// lowers the level and adding the mitigating fact never raises it: L0 = max(base, floors); L1 = clamp(L0 + steps)
// within [laag, urgent]; result = max(L1, floors).
import type { RiskFacts } from './facts.ts';
import { maxLevel, type RiskLevel, stepLevel } from './level.ts';
import { RULESET } from './rules.ts';

export interface RiskAssessment {
  niveau: RiskLevel;
  regelsetVersie: string;
  redenen: { regel: string; toelichting: string }[];
}

export function assessRisk(facts: RiskFacts): RiskAssessment {
  const applied = RULESET.regels.filter((r) => r.applies(facts));
  let base: RiskLevel = 'geen';
  const floors: RiskLevel[] = [];
  let steps = 0;
  for (const r of applied) {
    if (r.effect.soort === 'basis') base = maxLevel(base, r.effect.niveau);
    else if (r.effect.soort === 'minimaal') floors.push(r.effect.niveau);
    else steps += r.effect.stappen;
  }
  const l0 = maxLevel(base, ...floors);
  const l1 = base === 'geen' ? l0 : stepLevel(l0, steps, 'laag', 'urgent');
  return {
    niveau: maxLevel(l1, ...floors),
    regelsetVersie: RULESET.versie,
    redenen: applied.map((r) => ({ regel: r.id, toelichting: r.toelichting(facts) })),
  };
}
