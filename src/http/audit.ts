// Audit helpers for handlers: who the caller is, and recording reads (and refused reads) of case data.
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { auditInsert, auditRows, PURPOSES, type Actor, type AuditEntry } from '../audit/audit.ts';

export function actorOf(c: Context<AppEnv>): Actor {
  const p = c.var.principal;
  const role = c.var.role ?? p?.roles[0] ?? 'anoniem';
  const org = role === 'gemeente' || role === 'brp-bron' ? p.municipalities.join(',') : role;
  return { sub: p?.sub ?? 'anoniem', role, org };
}

export async function record(c: Context<AppEnv>, entries: Omit<AuditEntry, 'actor'>[]): Promise<void> {
  const { database, pseudonyms, now } = c.var.deps;
  const actor = actorOf(c);
  const rows = await auditRows(pseudonyms, entries.map((e) => ({ ...e, actor })), now());
  await database.atomic((db) => auditInsert(db, database.t, rows));
}

/** A refused request is logged too: attempts at data are as telling as access. */
export async function recordRefusal(c: Context<AppEnv>, reason: string, objectType = 'route', objectId?: string): Promise<void> {
  await record(c, [{ operation: `geweigerd:${reason}:${c.req.method} ${c.req.routePath}`, objectType, objectId, purpose: PURPOSES.audit, outcome: 'geweigerd' }]);
}
