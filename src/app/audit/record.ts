// Recording in the logboek (in the spirit of Logius' Logboek Dataverwerkingen): who did what to whose data, for which
// purpose. Entries ride in the unit of work of what they record; reads and refusals commit an entry of their own.

import type { AuditRecord } from '../../store/audit-log.ts';
import { type AuditEntry, UnitOfWork } from '../../store/unit-of-work.ts';
import { auditActor, type Who } from '../actor.ts';
import type { AppContext, Pseudonymizer } from '../context.ts';
import type { AppError } from '../errors.ts';

/** Processing activities (verwerkingsactiviteiten) named in the register; every entry cites one. */
export const PURPOSES = {
  intake: 'vertrekregistratie-ontvangen',
  assessment: 'vertrek-beoordelen',
  notification: 'gezaghouder-informeren',
  signal: 'signaal-ketenpartner',
  watch: 'aandachtsmarkering-beheren',
  sis: 'sis-verzoek-overdragen',
  audit: 'logboek-inzien',
  retention: 'bewaartermijn-handhaven',
  statistics: 'evaluatie',
  precheck: 'voorcontrole-aangifte',
} as const;

export function toAuditRecords(entries: readonly AuditEntry[], at: number, pseudonyms: Pseudonymizer): AuditRecord[] {
  return entries.map((e) => ({
    at,
    actorSub: e.actor.sub,
    actorRole: e.actor.role,
    actorOrg: e.actor.org ?? null,
    operation: e.operation,
    objectType: e.objectType,
    objectId: e.objectId ?? null,
    purpose: e.purpose,
    subjectPseudonym: e.subjectBsn ? pseudonyms.of(e.subjectBsn) : null,
    outcome: e.outcome ?? 'toegestaan',
  }));
}

export type ReadEntry = Omit<AuditEntry, 'actor'>;

/** A read of case data is recorded like a write: one entry per object read. */
export async function recordReads(ctx: AppContext, actor: Who, entries: readonly ReadEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const who = auditActor(actor);
  await ctx.commit(new UnitOfWork().record(...entries.map((e) => ({ ...e, actor: who }))));
}

/** A refused request is recorded too (attempts at data are as telling as access), then the refusal is raised. */
export async function refuse(
  ctx: AppContext,
  actor: Who,
  error: AppError,
  what: { reason: string; objectType: string; objectId?: string },
): Promise<never> {
  await recordReads(ctx, actor, [
    {
      operation: `geweigerd:${what.reason}`,
      objectType: what.objectType,
      objectId: what.objectId ?? null,
      purpose: PURPOSES.audit,
      outcome: 'geweigerd',
    },
  ]);
  throw error;
}
