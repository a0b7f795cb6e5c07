// Reference for batch intake: the rows the service writes per accepted event (the event, its assessment job and
// its audit entry), inserted with node:sqlite directly (WAL, synchronous=NORMAL, prepared inserts, a transaction per
// 100 rows), into tables shaped and indexed as the service's. No validation, hashing, HTTP or ORM.

import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { syntheticEvents } from '../adapters/brp/synthetic-events.ts';

const DDL = `
create table events (id text primary key not null, source text not null, event_id text not null,
  type text not null, content_hash text not null, case_id text, status text not null, time text, data text,
  received_at integer not null);
create unique index events_source_event_id on events (source, event_id);
create index events_case_id on events (case_id);
create table jobs (id text primary key not null, queue text not null, key text, payload text not null,
  status text not null, run_at integer not null, attempts integer not null, max_attempts integer not null,
  locked_until integer, last_error text, created_at integer not null, updated_at integer not null);
create index jobs_due on jobs (status, run_at);
create index jobs_key on jobs (key, status);
create table audit_log (seq integer primary key not null, at integer not null, actor_sub text not null,
  actor_role text not null, actor_org text, operation text not null, object_type text not null, object_id text,
  purpose text not null, subject_pseudonym text, outcome text not null, chain_pos integer, prev_hash text, hash text);
create index audit_at on audit_log (at);
create index audit_subject on audit_log (subject_pseudonym);
create unique index audit_chain on audit_log (chain_pos);`;

/** Events per second for `n` events (three rows each), in transactions of `batch`. */
export function bareSqliteInserts(dir: string, n: number, batch = 100): number {
  const db = new DatabaseSync(join(dir, 'bare.db'));
  db.exec('pragma journal_mode=WAL; pragma synchronous=NORMAL;');
  db.exec(DDL);
  const insertEvent = db.prepare('insert into events values (?,?,?,?,?,?,?,?,?,?)');
  const insertJob = db.prepare('insert into jobs values (?,?,?,?,?,?,?,?,?,?,?,?)');
  const insertAudit = db.prepare(
    `insert into audit_log (at, actor_sub, actor_role, actor_org, operation, object_type, object_id, purpose,
      subject_pseudonym, outcome) values (?,?,?,?,?,?,?,?,?,?)`,
  );
  const events = [...syntheticEvents(n, { runId: 'bare' })];
  const started = performance.now();
  for (let b = 0; b < n; b += batch) {
    db.exec('begin');
    for (const e of events.slice(b, b + batch)) {
      const id = crypto.randomUUID();
      const now = Date.now();
      insertEvent.run(
        id,
        e.source,
        e.id,
        e.type,
        id.replaceAll('-', ''),
        id,
        'ontvangen',
        e.time,
        JSON.stringify(e.data),
        now,
      );
      insertJob.run(
        `assess:${id}`,
        'assess-case',
        id,
        JSON.stringify({ caseId: id }),
        'queued',
        now,
        0,
        50,
        null,
        null,
        now,
        now,
      );
      insertAudit.run(
        now,
        'brp',
        'brp-bron',
        '0363',
        `ontvangen:${e.type}`,
        'vertrekmelding',
        id,
        'intake',
        id.slice(0, 16),
        'ok',
      );
    }
    db.exec('commit');
  }
  const rate = n / ((performance.now() - started) / 1000);
  db.close();
  return rate;
}
