// The vitest project that runs the HTTP integration tests inside workerd (Cloudflare's runtime, from npm) on D1,
// through @cloudflare/vitest-plugin: the same test files as on SQLite and PostgreSQL, unchanged. Test code that
// reaches for Node gets a workerd stand-in: the Workers platform on a fresh D1 database in place of the Node platform
// (test/workerd/platform.ts), no PostgreSQL helper, and node:http test servers answered inside the isolate
// (test/workerd/loopback-http.ts).
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { publicJwks } from '../../src/dev-issuer.ts';
import { generateSigningJwk } from '../../src/signing.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
/** Only imports written in test code are redirected; the service's own imports stay as they are. */
const TEST_CODE = /\/test\/(integration|helpers)\/[^/]+\.ts$/;

/** Modules test code imports, and what it gets in workerd instead. */
const STAND_INS: [RegExp, string][] = [
  [/\/src\/platform\/node\.ts$/, here('./platform.ts')],
  [/^\.\/pg-database\.ts$/, here('./pg-database.ts')],
  [/^@hono\/node-server$/, here('./node-server.ts')],
];
/** One D1 database per runtime a test file builds (test/workerd/platform.ts takes them in this order). */
const D1_BINDINGS = ['DB', 'DB_2', 'DB_3', 'DB_4', 'DB_5', 'DB_6'];

const testDoubles = {
  name: 'workerd-test-doubles',
  enforce: 'pre' as const,
  resolveId(source: string, importer?: string) {
    if (!importer || !TEST_CODE.test(importer)) return undefined;
    return STAND_INS.find(([pattern]) => pattern.test(source))?.[1];
  },
  // vitest resolves node: built-ins before any plugin, so those imports are rewritten in the source instead.
  transform(code: string, id: string) {
    if (!TEST_CODE.test(id)) return undefined;
    return code.replace(/from 'node:http'/g, `from '${here('./loopback-http.ts')}'`);
  },
};

/**
 * Two projects: `workerd` runs the integration tests, each file on D1 databases of its own (test/workerd/platform.ts)
 * and all files in one isolate, since starting an isolate and loading the service per file would triple the time;
 * `workerd-entry` calls the Worker itself (test/workerd/*.test.ts), each file in a fresh isolate with storage of its
 * own, its BRP the fake BRP server in Node (global-setup.ts) over HTTP.
 */
export async function workerdProjects(): Promise<TestProjectInlineConfiguration[]> {
  process.env.WRANGLER_SEND_METRICS ??= 'false'; // the plugin runs wrangler's code; no telemetry from tests or CI
  const migrations = await readD1Migrations(here('../../migrations/sqlite'));
  // The Worker entry (src/worker.ts) reads its settings from bindings, with the keys inline as on Cloudflare.
  const [issuer, signing] = await Promise.all([generateSigningJwk(), generateSigningJwk()]);
  const workerSettings = {
    AUTH_ISSUER: 'https://idp.workerd.test',
    AUTH_AUDIENCE: 'vertreksignaal',
    AUTH_JWKS: JSON.stringify(publicJwks(issuer)),
    SIGNING_KEY: JSON.stringify(signing),
    PSEUDONYM_KEY: 'workerd-test-pseudonym-key',
    SESSION_SECRET: 'workerd-test-session-secret, 32 characters or more',
    TEST_ISSUER_JWK: JSON.stringify(issuer),
  };
  const wrangler = { configPath: here('../../wrangler.toml') };
  const common = { setupFiles: ['test/workerd/log-capture.ts'], testTimeout: 30_000, hookTimeout: 120_000 };
  const integration: TestProjectInlineConfiguration = {
    plugins: [
      testDoubles,
      cloudflareTest({ wrangler, miniflare: { bindings: { TEST_MIGRATIONS: migrations }, d1Databases: D1_BINDINGS } }),
    ],
    test: { name: 'workerd', include: ['test/integration/**/*.test.ts'], isolate: false, ...common },
  };
  const pool = ({ inject }: { inject: (key: 'fakeBrpUrl' | 'fakeBrpControlUrl') => string }) => ({
    wrangler,
    miniflare: {
      bindings: {
        TEST_MIGRATIONS: migrations,
        ...workerSettings,
        BRP_API_URL: inject('fakeBrpUrl'),
        TEST_BRP_CONTROL_URL: inject('fakeBrpControlUrl'),
      },
    },
  });
  const entry: TestProjectInlineConfiguration = {
    plugins: [cloudflareTest(pool)],
    test: {
      name: 'workerd-entry',
      include: ['test/workerd/**/*.test.ts'],
      globalSetup: ['test/workerd/global-setup.ts'],
      ...common,
    },
  };
  return [integration, entry];
}
