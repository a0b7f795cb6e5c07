// The PostgreSQL column of the benchmark: a server from BENCH_PG_URL, or the local one when it answers; a fresh
// database per measurement, dropped afterwards.
import pg from 'pg';

export { dropPgDatabase, freshPgDatabase } from '../test/helpers/pg-database.ts';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A URL the benchmark may create databases through, or undefined when no server answers. */
export async function findPostgres(): Promise<string | undefined> {
  const url = process.env.BENCH_PG_URL ?? LOCAL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return url;
  } catch {
    if (process.env.BENCH_PG_URL) throw new Error('BENCH_PG_URL is set but the server does not answer');
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}
