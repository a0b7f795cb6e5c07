// The one way a unit of work becomes Changes for the database: its writes, its audit entries as logboek rows
// (BSNs as pseudonyms), and its jobs.
import { appendAudit } from '../store/audit-log.ts';
import type { Changes } from '../store/database.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { toAuditRecords } from './audit/record.ts';
import type { Pseudonymizer } from './context.ts';

export function changesOf(uow: UnitOfWork, at: number, pseudonyms: Pseudonymizer): Changes {
  // Jobs start on the service's clock (tests move it), unless a job asks for later.
  const jobs = uow.jobs.map((j) => (j.runAt === undefined ? { ...j, runAt: at } : j));
  return { writes: [...uow.writes, ...appendAudit(toAuditRecords(uow.audit, at, pseudonyms))], jobs, at };
}
