// What every use case works with: the database, the ports to the outside world, settings, the clock, and the one
// way to commit a unit of work. Built once by the composition root; the job runners hand each job a variant whose
// commit also completes the job.

import type { AuditAnchorPort } from '../ports/audit-anchor.ts';
import type { BrpPort } from '../ports/brp.ts';
import type { BerichtenboxPort, PostPort } from '../ports/delivery.ts';
import type { DocumentPort } from '../ports/documents.ts';
import type { SisPort } from '../ports/sis.ts';
import type { WebhookPort } from '../ports/webhook.ts';
import type { Database } from '../store/database.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import type { Settings } from './settings.ts';

export interface Logger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
  error(o: object, msg?: string): void;
}

export interface Metrics {
  inc(name: string, labels?: Record<string, string>, by?: number): void;
  set(name: string, value: number, labels?: Record<string, string>): void;
  render(): string;
}

export interface Signer {
  kid: string;
  publicJwks(): { keys: object[] };
  /** Compact JWS with detached payload (`header..signature`). */
  signDetached(body: Uint8Array): Promise<string>;
}

export interface Pseudonymizer {
  of(bsn: string): string;
}

export interface AppContext {
  db: Database;
  settings: Settings;
  brp: BrpPort;
  sis: SisPort;
  berichtenbox: BerichtenboxPort;
  post: PostPort;
  webhook: WebhookPort;
  anchor: AuditAnchorPort;
  documents: DocumentPort;
  signer: Signer;
  pseudonyms: Pseudonymizer;
  logger: Logger;
  metrics: Metrics;
  /** Epoch milliseconds; tests move time. */
  now(): number;
  /** Commits the unit of work atomically with its audit entries; wakes the job runner when it started jobs. */
  commit(uow: UnitOfWork): Promise<void>;
  /**
   * Runs `fn` with reads and commits in one transaction that no other caller naming one of `locks` runs alongside
   * (across processes on PostgreSQL). For work whose reads decide its writes where two requests can race.
   */
  exclusive<T>(locks: readonly string[], fn: (ctx: AppContext) => Promise<T>): Promise<T>;
}
