// The settings use cases read, taken from the validated configuration once (src/config.ts).
import type { Recipient } from '../../schemas/domain.ts';
import type { RiskLevel } from '../core/risk/level.ts';

export interface Settings {
  serviceUrn: string;
  notificationDueWorkingDays: number;
  slaHours: Record<'urgent' | 'hoog' | 'verhoogd', number>;
  webhooks: Partial<Record<Recipient, string>>;
  webhookMaxAttempts: number;
  sisReviewDays: number;
  /** Closed cases keep their personal data this long. */
  retentionDays: number;
  /** Ended watch markings and handled SIS request bodies are removed after this many days. */
  shortRetentionDays: number;
  /** Logboek entries lose who acted and about whom (pseudonym) after this many days; the chain keeps their digests. */
  auditRetentionDays: number;
  /** Attempts before an answer of the BRP that does not match its specification sends a case to manual review. */
  brpInvalidAttempts: number;
}

export const slaHoursFor = (s: Settings, level: RiskLevel): number =>
  level === 'urgent' ? s.slaHours.urgent : level === 'hoog' ? s.slaHours.hoog : s.slaHours.verhoogd;
