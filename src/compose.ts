// The composition root: turns a validated Config and a platform's capabilities (Node with SQLite or PostgreSQL,
// Workers with D1; see src/platform/) into the application context, the token verifier and the job runner.
// node.ts, worker.ts and the tests all build the service through here.
import type { JWK, JWTVerifyGetKey } from 'jose';
import { createStubBerichtenbox } from '../adapters/berichtenbox/stub.ts';
import { coalescingBrp } from '../adapters/brp/coalescing.ts';
import { createFakeBrp } from '../adapters/brp/fake.ts';
import { createHaalCentraalClient } from '../adapters/brp/http-client.ts';
import { createStubPost } from '../adapters/post/stub.ts';
import { createStubSis } from '../adapters/sis/stub.ts';
import { createHttpWebhook } from '../adapters/webhook/http.ts';
import { createTokenVerifier, type TokenVerifier } from './app/auth/verifier.ts';
import { changesOf } from './app/commit.ts';
import type { AppContext, Logger, Metrics } from './app/context.ts';
import type { Settings } from './app/settings.ts';
import type { Config } from './config.ts';
import type { JobHandler } from './jobs/handlers.ts';
import { JOB_HANDLERS, SCHEDULE, scheduledJob } from './jobs/handlers.ts';
import { createMetrics } from './metrics.ts';
import type { AuditAnchorPort } from './ports/audit-anchor.ts';
import type { BrpPort } from './ports/brp.ts';
import type { BerichtenboxPort, PostPort } from './ports/delivery.ts';
import type { DocumentPort } from './ports/documents.ts';
import type { JobRunner, QueueName } from './ports/jobs.ts';
import type { SisPort } from './ports/sis.ts';
import type { WebhookPort } from './ports/webhook.ts';
import { createPseudonymizer } from './pseudonym.ts';
import { createSigner } from './signing.ts';
import type { Database } from './store/database.ts';
import type { UnitOfWork } from './store/unit-of-work.ts';

/** What an entry point provides: the database, keys, and the platform's own adapters. */
export interface Platform {
  database: Database;
  logger: Logger;
  documents: DocumentPort;
  anchor: AuditAnchorPort;
  signingJwk: JWK;
  pseudonymSecret: string;
  /** Key material for the staff session cookie when SESSION_SECRET is unset (dev mode). */
  sessionSecret?: string;
  tokens: { keys: JWTVerifyGetKey; issuer: string; audience: string };
  runner(ctx: AppContext, handlers: Readonly<Record<QueueName, JobHandler>>): JobRunner;
  /** Where counters go; a job thread passes one that also reports to the HTTP thread. Default: in memory. */
  metrics?: Metrics;
}

/** Parts tests (and the demo) replace: the outside world, and the clock. */
export interface Overrides {
  brp?: BrpPort;
  berichtenbox?: BerichtenboxPort;
  post?: PostPort;
  sis?: SisPort;
  webhook?: WebhookPort;
  now?: () => number;
}

export interface Runtime {
  config: Config;
  sessionSecret?: string;
  ctx: AppContext;
  verifier: TokenVerifier;
  runner: JobRunner;
  /** Enqueues the periodic jobs due now (audit seal, SIS news, deadlines, retention); each slot once. */
  schedule(queues?: readonly QueueName[]): Promise<void>;
  close(): Promise<void>;
}

export function settingsOf(c: Config): Settings {
  return {
    serviceUrn: c.SERVICE_URN,
    notificationDueWorkingDays: c.NOTIFICATION_DUE_WORKING_DAYS,
    slaHours: {
      urgent: c.SIGNAL_SLA_HOURS_URGENT,
      hoog: c.SIGNAL_SLA_HOURS_HOOG,
      verhoogd: c.SIGNAL_SLA_HOURS_VERHOOGD,
    },
    webhooks: { 'ca-ika': c.WEBHOOK_CA_IKA, 'rvdk-iko': c.WEBHOOK_RVDK_IKO, ciko: c.WEBHOOK_CIKO },
    webhookMaxAttempts: c.WEBHOOK_MAX_ATTEMPTS,
    sisReviewDays: c.SIS_REVIEW_DAYS,
    retentionDays: c.RETENTION_DAYS,
    shortRetentionDays: c.SHORT_RETENTION_DAYS,
    auditRetentionDays: c.AUDIT_RETENTION_DAYS,
    brpInvalidAttempts: c.BRP_INVALID_ATTEMPTS,
  };
}

export async function compose(config: Config, platform: Platform, o: Overrides = {}): Promise<Runtime> {
  const { database: db } = platform;
  const metrics = platform.metrics ?? createMetrics();
  const pseudonyms = createPseudonymizer(platform.pseudonymSecret);
  const now = o.now ?? Date.now;
  let runner: JobRunner | null = null;
  const ctx: AppContext = {
    db,
    settings: settingsOf(config),
    brp:
      o.brp ??
      (config.BRP_API_URL
        ? coalescingBrp(createHaalCentraalClient({ baseUrl: config.BRP_API_URL, apiKey: config.BRP_API_KEY }))
        : createFakeBrp()),
    sis: o.sis ?? createStubSis(),
    berichtenbox: o.berichtenbox ?? createStubBerichtenbox(),
    post: o.post ?? createStubPost(),
    webhook: o.webhook ?? createHttpWebhook(),
    anchor: platform.anchor,
    documents: platform.documents,
    signer: await createSigner(platform.signingJwk),
    pseudonyms,
    logger: platform.logger,
    metrics,
    now,
    async commit(uow) {
      if (uow.empty) return;
      const changes = changesOf(uow, now(), pseudonyms);
      await db.commit(changes);
      if (changes.jobs.length) runner?.poke();
    },
    async exclusive(locks, fn) {
      let started = false;
      const out = await db.exclusive(locks, (session) => {
        const commit = async (uow: UnitOfWork) => {
          if (uow.empty) return;
          const changes = changesOf(uow, now(), pseudonyms);
          await session.commit(changes);
          started ||= changes.jobs.length > 0;
        };
        return fn({ ...ctx, db: session, commit });
      });
      if (started) runner?.poke();
      return out;
    },
  };
  runner = platform.runner(ctx, JOB_HANDLERS);
  const verifier = createTokenVerifier({ ...platform.tokens });
  return {
    config,
    sessionSecret: config.SESSION_SECRET ?? platform.sessionSecret,
    ctx,
    verifier,
    runner,
    async schedule(queues) {
      const t = now();
      const due = SCHEDULE.filter((s) => !queues || queues.includes(s.queue)).map((s) => ({
        ...scheduledJob(s.queue, s.everyMs, t),
        runAt: t,
      }));
      await db.commit({ writes: [], jobs: due, at: t });
      runner?.poke();
    },
    async close() {
      await runner?.stop();
      await db.close();
    },
  };
}
