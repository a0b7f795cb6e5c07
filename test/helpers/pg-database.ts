// A throw-away PostgreSQL database per test file (or per harness), on the server TEST_PG_URL points at.
import pg from 'pg';

async function admin<T>(baseUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a database with a unique name and returns its URL. */
export async function freshPgDatabase(baseUrl: string, prefix = 'vs'): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(baseUrl, (c) => c.query(`create database ${name}`));
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops the database `url` names, closing whatever connections are still open to it. */
export async function dropPgDatabase(baseUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await admin(baseUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
}
