// Everything the HTTP layer and the jobs need from the outside world, wired once per process (see node.ts / worker.ts).
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { BrpPort } from './ports/brp.ts';
import type { TokenVerifier } from './http/auth/verifier.ts';
import type { Pseudonymizer } from './audit/pseudonym.ts';
import type { Logger } from './log.ts';
import type { Signer } from './signing.ts';
import type { BerichtenboxPort, PostPort } from './ports/delivery.ts';
import type { SisPort } from './ports/sis.ts';
import type { WebhookPort } from './ports/webhook.ts';
import type { Metrics } from './metrics.ts';

export interface Deps {
  config: Config;
  database: Database;
  brp: BrpPort;
  verifier: TokenVerifier;
  pseudonyms: Pseudonymizer;
  signer: Signer;
  logger: Logger;
  metrics: Metrics;
  berichtenbox: BerichtenboxPort;
  post: PostPort;
  sis: SisPort;
  webhook: WebhookPort;
  /** Epoch milliseconds; tests move time. */
  now(): number;
  /** The API reference's browser script, when the runtime can serve it locally (Node); else a CDN is used. */
  docsScript?: string;
  /** Wakes the job runner after a commit so work starts without waiting for the next poll. */
  poke(): void;
}
