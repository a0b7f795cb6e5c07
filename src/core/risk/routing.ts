// Who receives a signal at which level (contract §7). The municipality's notification is separate.
import { rank, type RiskLevel } from './level.ts';

export type Recipient = 'ciko' | 'rvdk-iko' | 'ca-ika';

export const ROUTING_TABLE: Record<RiskLevel, Recipient[]> = {
  geen: [],
  laag: [],
  verhoogd: ['ciko'],
  hoog: ['ciko', 'rvdk-iko'],
  urgent: ['ciko', 'rvdk-iko', 'ca-ika'],
};

export const decideRouting = (level: RiskLevel): Recipient[] => [...ROUTING_TABLE[level]];
