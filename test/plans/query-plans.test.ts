// No statement the service runs reads a whole large table (issue 16 point 2). Every SQL text prepared while the
// demo data is taken in, worked on through the API and the pages, and every scheduled job has run, is explained
// with EXPLAIN QUERY PLAN; a SCAN of a table that grows with the case load fails, unless it is listed below with
// the reason it is bounded.
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import type { NodeSqliteDatabase } from '../../adapters/store/node-sqlite.ts';
import { demoStaffActions, seedDemoData } from '../../src/demo.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';
import { pageClient } from '../helpers/page-client.ts';

// Tables that grow with the stream of events. SIS requests and watch markings are made by hand, a few a week.
const LARGE = ['cases', 'events', 'notifications', 'signals', 'audit_log', 'jobs'];
/** Partial indexes of what waits (open jobs, signals nobody picked up, notices to review): bounded by the work. */
const PARTIAL = ['jobs_due', 'jobs_lapsed', 'jobs_key', 'jobs_done', 'signals_due', 'notifications_due'];

/** Full scans that are bounded by something else, each with its reason. */
const ALLOWED: { statement: RegExp; reason: string }[] = [
  {
    statement: /^SELECT [^;]+ FROM audit_log WHERE 1 = 1 ORDER BY seq LIMIT/,
    reason: 'walks the logboek in seq (rowid) order and stops at the page size',
  },
  { statement: /^SELECT 1 AS one FROM events LIMIT 1$/, reason: 'stops at the first row (is the database empty?)' },
];

let h: Harness;
const prepared = new Set<string>();

beforeAll(async () => {
  h = await createHarness();
  const conn = (h.db as NodeSqliteDatabase).connection;
  const prepare = conn.prepare.bind(conn);
  conn.prepare = ((text: string) => {
    prepared.add(text);
    return prepare(text);
  }) as typeof conn.prepare;
  await seedDemoData(h.ctx);
  await h.drain();
  await demoStaffActions(h.ctx, () => h.drain());
  await exerciseApi();
  await exercisePages();
  await h.runScheduled();
});
afterAll(() => h?.close());

async function exerciseApi() {
  const child = DEMO_SCENARIOS[0].childBsn;
  for (const [role, codes] of [
    ['gemeente', ['0363']],
    ['ca-ika', []],
    ['rvdk-iko', []],
    ['ciko', []],
    ['privacy', []],
  ] as const) {
    const token = await h.token(role, [...codes]);
    for (const path of [
      '/vertrekmeldingen',
      '/kennisgevingen',
      '/signalen',
      '/aandachtsmarkeringen',
      '/statistieken',
      '/logboek',
      '/logboek?van=2026-01-01',
    ]) {
      await h.request('GET', `/api/v1${path}`, { token });
    }
    await h.request('POST', '/api/v1/vertrekmeldingen/_zoek', { token, body: { burgerservicenummer: child } });
    await h.request('POST', '/api/v1/logboek/_zoek', { token, body: { burgerservicenummer: child } });
  }
}

async function exercisePages() {
  for (const [role, codes, paths] of [
    ['gemeente', '0363', ['/werkvoorraad', '/werkvoorraad?soort=te-beoordelen']],
    ['rvdk-iko', '', ['/signalen', '/signalen?status=afgesloten', '/aandachtsmarkeringen']],
    ['privacy', '', ['/logboek', '/statistieken']],
  ] as const) {
    const p = pageClient(h.app);
    await p.loginAs(role, codes);
    for (const path of paths) await p.get(path);
  }
}

function fullScans(conn: DatabaseSync, text: string): string[] {
  const plan = conn.prepare(`EXPLAIN QUERY PLAN ${text}`).all() as { detail: string }[];
  return plan
    .map((r) => r.detail)
    .filter(
      (d) =>
        LARGE.some((t) => new RegExp(`^SCAN ${t}\\b`).test(d)) &&
        !PARTIAL.some((i) => new RegExp(`USING (COVERING )?INDEX ${i}$`).test(d)),
    );
}

describe('query plans on SQLite', () => {
  it('saw the service at work (enough statements to mean something)', () => {
    expect(prepared.size).toBeGreaterThan(60);
  });

  it('reads no large table whole', () => {
    const conn = (h.db as NodeSqliteDatabase).connection;
    const offenders = [...prepared]
      .filter(
        (text) =>
          !/^\s*(EXPLAIN|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|CREATE|INSERT INTO __drizzle)/i.test(text),
      )
      .filter((text) => !ALLOWED.some((a) => a.statement.test(text.replace(/\s+/g, ' '))))
      .map((text) => ({ text: text.replace(/\s+/g, ' ').slice(0, 400), scans: fullScans(conn, text) }))
      .filter((o) => o.scans.length > 0);
    expect(offenders).toEqual([]);
  });
});
