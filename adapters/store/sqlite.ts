// Embedded SQLite through libsql: WAL journal, migrations from migrations/sqlite applied at start-up.
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { sql } from 'drizzle-orm';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as t from '../../schemas/db/sqlite.ts';
import type { Database, Db } from '../../src/db/database.ts';
import { insertJobs } from '../../src/jobs/queues.ts';
import { groupCommit } from './group-commit.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations/sqlite');

export async function openSqlite(url: string): Promise<Database> {
  if (url.startsWith('file:')) mkdirSync(dirname(resolve(url.slice(5))), { recursive: true });
  const client = createClient({ url });
  // WAL with synchronous=NORMAL: a commit survives a process crash (SIGKILL); only an OS crash may lose the last ones.
  await client.execute('PRAGMA journal_mode=WAL');
  await client.execute('PRAGMA synchronous=NORMAL');
  await client.execute('PRAGMA busy_timeout=5000');
  const db = drizzle(client);
  await migrate(db, { migrationsFolder: MIGRATIONS });
  const typed = db as unknown as Db;
  const commit = groupCommit<unknown>(async (queries) => {
    await db.batch(queries as unknown as Parameters<typeof db.batch>[0]);
  });
  return {
    dialect: 'sqlite',
    db: typed,
    t,
    enqueue: (d, jobs, now) => insertJobs(d, t, jobs, now),
    async atomic(ops) {
      const queries = ops(typed);
      if (queries.length === 0) return;
      await commit(queries);
    },
    async ping() {
      try {
        await db.run(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      client.close();
    },
  };
}
