// The persistence port every store reads and writes through. Drivers: adapters/store/node-sqlite.ts (embedded),
// adapters/store/postgres.ts (scale-out), adapters/store/d1.ts (Workers). Stores are written once for all three.
import type { NewJob } from '../ports/jobs.ts';
import type { Query, Write } from './sql.ts';

export interface Reader {
  readonly dialect: 'sqlite' | 'pg';
  /** Bound parameters one statement may carry (D1: 100); lists and inserts are split to stay under it. */
  readonly maxParams: number;
  all<T>(q: Query): Promise<T[]>;
}

/** What one command changes: statements in order and the jobs they start, committed together or not at all. */
export interface Changes {
  writes: readonly Write[];
  jobs: readonly NewJob[];
  /** The service's clock when the changes were made (tests move it): a job's runAt is read against it. */
  at?: number;
}

export interface Database extends Reader {
  /** Atomic: every write and job, or none. A failed version guard or a taken key throws ConflictError. */
  commit(changes: Changes): Promise<void>;
  /**
   * Runs `fn` so that no other `exclusive` call holding one of `locks` runs at the same time, with reads and the
   * commit inside one transaction (PostgreSQL: advisory locks across processes). The embedded runner keeps such
   * work apart itself, so there it simply runs `fn`.
   */
  exclusive<T>(locks: readonly string[], fn: (session: Database) => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Lost a race: a version guard failed (someone changed the row since it was read) or a key is taken. Commands answer
 * 409; jobs retry with fresh reads.
 */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(readonly reason: 'version' | 'unique') {
    super(reason === 'version' ? 'changed since read' : 'key exists');
  }
}

/** Runs a query per chunk of `values` (each within the parameter limit) and concatenates the rows. */
export async function allChunked<T, V>(
  db: Reader,
  values: readonly V[],
  query: (chunk: V[]) => Query,
  reserve = 10,
): Promise<T[]> {
  if (values.length === 0) return [];
  const size = Math.max(1, db.maxParams - reserve);
  if (values.length <= size) return db.all<T>(query([...values]));
  const out: T[] = [];
  for (let i = 0; i < values.length; i += size) out.push(...(await db.all<T>(query(values.slice(i, i + size)))));
  return out;
}
