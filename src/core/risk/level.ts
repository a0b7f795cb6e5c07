// Risk levels, ordered. Level arithmetic is clamped so a step never leaves the scale.
export const RISK_LEVELS = ['geen', 'laag', 'verhoogd', 'hoog', 'urgent'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const rank = (l: RiskLevel) => RISK_LEVELS.indexOf(l);
export const compareLevels = (a: RiskLevel, b: RiskLevel) => rank(a) - rank(b);
export const maxLevel = (...levels: RiskLevel[]): RiskLevel => RISK_LEVELS[Math.max(...levels.map(rank))];

export function stepLevel(
  level: RiskLevel,
  delta: number,
  min: RiskLevel = 'geen',
  max: RiskLevel = 'urgent',
): RiskLevel {
  return RISK_LEVELS[Math.min(rank(max), Math.max(rank(min), rank(level) + delta))];
}
