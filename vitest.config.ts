// One suite, two backends (pg-boss style): everything runs on SQLite; the integration tests run again on
// PostgreSQL + pg-boss when TEST_PG_URL points at a server (CI always sets it).
import { defineConfig } from 'vitest/config';

const pg = process.env.TEST_PG_URL;

export default defineConfig({
  test: {
    setupFiles: ['test/setup/log-capture.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['src/**/*.test.ts', 'adapters/**/*.test.ts', 'schemas/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/scale/**'] },
      },
      ...(pg
        ? [
            { extends: true, test: { name: 'postgresql', include: ['test/integration/**/*.test.ts'], env: { TEST_DATABASE_URL: pg }, fileParallelism: false } },
            { extends: true, test: { name: 'scale-out', include: ['test/scale/**/*.test.ts'], testTimeout: 900_000 } },
          ]
        : []),
    ],
  },
});
