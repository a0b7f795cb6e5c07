// Cloudflare D1 (SQLite at the edge): the same tables and queries as the embedded store; migrations are applied
// by `wrangler d1 migrations apply` from migrations/sqlite. D1 has no interactive transactions: batch only.
import { drizzle } from 'drizzle-orm/d1';
import { sql } from 'drizzle-orm';
import * as t from '../../schemas/db/sqlite.ts';
import type { Database, Db } from '../../src/db/database.ts';
import { insertJobs } from '../../src/jobs/queues.ts';

type D1Like = Parameters<typeof drizzle>[0];

export function openD1(binding: D1Like): Database {
  const db = drizzle(binding);
  const typed = db as unknown as Db;
  return {
    dialect: 'sqlite',
    db: typed,
    t,
    enqueue: (d, jobs, now) => insertJobs(d, t, jobs, now),
    async atomic(ops) {
      const queries = ops(typed);
      if (queries.length) await db.batch(queries as unknown as Parameters<typeof db.batch>[0]);
    },
    async ping() {
      try {
        await db.run(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    async close() {},
  };
}
