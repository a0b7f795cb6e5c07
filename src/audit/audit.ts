// Audit log (logboek) in the spirit of Logius' Logboek Dataverwerkingen: who did what to whose data, for which purpose.
// Rows are written with the business write they describe; the hash chain is sealed afterwards (see seal.ts).
import type { Db, Tables } from '../db/database.ts';
import type { Pseudonymizer } from './pseudonym.ts';

export interface Actor {
  sub: string;
  role: string;
  org?: string;
}

export const SYSTEM_ACTOR: Actor = { sub: 'vertreksignaal', role: 'systeem', org: 'vertreksignaal' };

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
} as const;

export interface AuditEntry {
  actor: Actor;
  operation: string;
  objectType: string;
  objectId?: string | null;
  purpose: string;
  subjectBsn?: string | null;
  outcome?: 'toegestaan' | 'geweigerd';
}

export type AuditRow = typeof import('../../schemas/db/sqlite.ts').auditLog.$inferInsert;

export async function auditRows(pseudonyms: Pseudonymizer, entries: AuditEntry[], now: number): Promise<AuditRow[]> {
  return Promise.all(
    entries.map(async (e) => ({
      at: now,
      actorSub: e.actor.sub,
      actorRole: e.actor.role,
      actorOrg: e.actor.org ?? null,
      operation: e.operation,
      objectType: e.objectType,
      objectId: e.objectId ?? null,
      purpose: e.purpose,
      subjectPseudonym: e.subjectBsn ? await pseudonyms.of(e.subjectBsn) : null,
      outcome: e.outcome ?? 'toegestaan',
    })),
  );
}

export const auditInsert = (db: Db, t: Tables, rows: AuditRow[]) => (rows.length ? [db.insert(t.auditLog).values(rows)] : []);
