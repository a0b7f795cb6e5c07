// Who receives a signal at which level (contract §7). The municipality's notification to the other custody
// holder is separate and does not depend on the level.
import type { RiskLevel } from './level.ts';

export type Recipient = 'ciko' | 'rvdk-iko' | 'ca-ika';

/** Published at GET /risicoregels. Each level adds a recipient, so a higher level never reaches fewer organisations. */
export const ROUTING_TABLE: Readonly<Record<RiskLevel, readonly Recipient[]>> = Object.freeze({
  geen: Object.freeze([]),
  laag: Object.freeze([]),
  verhoogd: Object.freeze(['ciko'] as const),
  hoog: Object.freeze(['ciko', 'rvdk-iko'] as const),
  urgent: Object.freeze(['ciko', 'rvdk-iko', 'ca-ika'] as const),
});

export const decideRouting = (level: RiskLevel): Recipient[] => [...ROUTING_TABLE[level]];
