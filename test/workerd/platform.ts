// src/platform/node.ts for test code inside workerd: the Workers platform (src/platform/workers.ts) on a fresh,
// migrated D1 database per runtime, with what the harness asks of the Node platform (test token keys, an anchor
// store, the runner's timing) and the Node platform's defaults otherwise (token keys from the configuration or the
// dev issuer, a signing key file, a session key in dev mode). node:sqlite, pg and pg-boss are never loaded here.
import { applyD1Migrations, type D1Migration, env } from 'cloudflare:test';
import type { JWTVerifyGetKey } from 'jose';
import { createMemoryAnchorStore } from '../../adapters/audit-anchor/memory.ts';
import type { D1Like } from '../../adapters/store/d1.ts';
import { localKeys } from '../../src/app/auth/verifier.ts';
import type { Platform } from '../../src/compose.ts';
import { type Config, isDevAuth } from '../../src/config.ts';
import { DEV_AUDIENCE, DEV_ISSUER, devIssuerKeyFile, loadOrCreateKey, publicJwks } from '../../src/dev-issuer.ts';
import { workersPlatform } from '../../src/platform/workers.ts';
import type { AuditAnchorPort } from '../../src/ports/audit-anchor.ts';
import { generateSigningJwk } from '../../src/signing.ts';

const bindings = env as Record<string, unknown> & { TEST_MIGRATIONS: D1Migration[] };

/**
 * Storage is per test file; each runtime a file builds takes the next D1 binding (DB, DB_2, DB_3, …), or one a
 * closed runtime gave back, emptied (a property test builds a runtime per run).
 */
let used = 0;
const released: D1Like[] = [];

async function emptied(binding: D1Like): Promise<D1Like> {
  const tables = await binding
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'`,
    )
    .all<{ name: string }>();
  await binding.batch(tables.results.map((t) => binding.prepare(`DROP TABLE "${t.name}"`)));
  return binding;
}

async function freshD1(): Promise<D1Like> {
  const reused = released.pop();
  const name = used === 0 ? 'DB' : `DB_${used + 1}`;
  const binding = reused ? await emptied(reused) : (bindings[name] as D1Like | undefined);
  if (!binding)
    throw new Error(`workerd tests: no D1 binding ${name}; add it to D1_BINDINGS in test/workerd/project.ts`);
  if (!reused) used++;
  await applyD1Migrations(binding, bindings.TEST_MIGRATIONS);
  return binding;
}

export const dataDirOf = (config: Config): string => config.DATA_DIR ?? '/tmp/vertreksignaal';

export interface NodePlatformOptions {
  keys?: JWTVerifyGetKey;
  anchor?: AuditAnchorPort;
  runnerOptions?: { pollMs?: number; backoffBaseMs?: number; backoffMaxMs?: number };
}

export async function nodePlatform(config: Config, o: NodePlatformOptions = {}): Promise<Platform> {
  if (navigator.userAgent !== 'Cloudflare-Workers') throw new Error('test/workerd/platform.ts outside workerd');
  const dataDir = dataDirOf(config);
  const signing = config.SIGNING_KEY_FILE ? await loadOrCreateKey(config.SIGNING_KEY_FILE) : await generateSigningJwk();
  const dev = !o.keys && isDevAuth(config);
  const devKeys = dev ? localKeys(publicJwks(await loadOrCreateKey(devIssuerKeyFile(dataDir)))) : undefined;
  const binding = await freshD1();
  const platform = workersPlatform(
    config,
    {
      DB: binding,
      SIGNING_KEY: JSON.stringify(signing),
      PSEUDONYM_KEY: config.PSEUDONYM_KEY ?? crypto.randomUUID(),
      AUTH_JWKS: config.AUTH_JWKS_FILE ? '{"keys":[]}' : config.AUTH_JWKS,
    },
    {
      keys: o.keys ?? devKeys,
      anchor: o.anchor ?? createMemoryAnchorStore(),
      runnerOptions: o.runnerOptions,
      sessionSecret: config.NODE_ENV === 'production' ? undefined : crypto.randomUUID(),
    },
  );
  const issuer = config.AUTH_ISSUER ?? DEV_ISSUER;
  const audience = config.AUTH_AUDIENCE ?? DEV_AUDIENCE;
  const database = { ...platform.database, close: async () => void released.push(binding) };
  return { ...platform, database, tokens: { ...platform.tokens, issuer, audience } };
}
