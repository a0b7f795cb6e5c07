// Group commit for the embedded database: the units of work committed during one turn of the event loop share one
// SQLite transaction, each inside its own savepoint. One COMMIT (one write of the WAL) instead of one per unit is
// most of what a job or an intake request costs; a unit that fails (a lost version race, a taken key) rolls back
// only itself. Every caller's promise settles after the COMMIT, so an accepted event is on disk before the answer.
import type { DatabaseSync } from 'node:sqlite';
import type { Write } from '../../src/store/sql.ts';

interface Pending {
  writes: readonly Write[];
  resolve(): void;
  reject(err: unknown): void;
}

export function createGroupCommit(conn: DatabaseSync, apply: (w: Write) => void, mapError: (err: unknown) => unknown) {
  let queue: Pending[] = [];

  /** One unit in its own savepoint: should it fail, it rolls back only itself and keeps its error for its caller. */
  function applyUnit(unit: Pending, failed: Map<Pending, unknown>) {
    conn.exec('SAVEPOINT unit');
    try {
      for (const w of unit.writes) apply(w);
      conn.exec('RELEASE unit');
    } catch (err) {
      conn.exec('ROLLBACK TO unit');
      conn.exec('RELEASE unit');
      failed.set(unit, mapError(err));
    }
  }

  /** After the COMMIT: each caller learns its own unit's outcome. */
  function settle(batch: readonly Pending[], failed: ReadonlyMap<Pending, unknown>) {
    for (const unit of batch) {
      if (failed.has(unit)) unit.reject(failed.get(unit));
      else unit.resolve();
    }
  }

  function flush() {
    const batch = queue;
    queue = [];
    const failed = new Map<Pending, unknown>();
    try {
      conn.exec('BEGIN IMMEDIATE');
      for (const unit of batch) applyUnit(unit, failed);
      conn.exec('COMMIT');
    } catch (err) {
      if (conn.isTransaction) conn.exec('ROLLBACK');
      for (const unit of batch) unit.reject(mapError(err));
      return;
    }
    settle(batch, failed);
  }

  return (writes: readonly Write[]): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ writes, resolve, reject });
      if (queue.length === 1) setImmediate(flush);
    });
}
