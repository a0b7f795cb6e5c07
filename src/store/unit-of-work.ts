// A unit of work collects what one command changes: the aggregates' writes, the jobs they start and the audit entries
// that record them. It is committed once, atomically (see Database.commit); nothing is written before.
import type { NewJob } from '../ports/jobs.ts';
import type { Write } from './sql.ts';

export interface AuditEntry {
  actor: { sub: string; role: string; org?: string | null };
  operation: string;
  objectType: string;
  objectId?: string | null;
  purpose: string;
  subjectBsn?: string | null;
  outcome?: 'toegestaan' | 'geweigerd';
}

export class UnitOfWork {
  readonly writes: Write[] = [];
  readonly jobs: NewJob[] = [];
  readonly audit: AuditEntry[] = [];

  write(...writes: Write[]): this {
    this.writes.push(...writes);
    return this;
  }

  enqueue(...jobs: NewJob[]): this {
    this.jobs.push(...jobs);
    return this;
  }

  record(...entries: AuditEntry[]): this {
    this.audit.push(...entries);
    return this;
  }

  get empty(): boolean {
    return this.writes.length === 0 && this.jobs.length === 0 && this.audit.length === 0;
  }
}
