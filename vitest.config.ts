// One suite, several backends (pg-boss style): everything runs on SQLite; the HTTP integration tests run again
// inside workerd on D1 (the Cloudflare Workers build), and on PostgreSQL + pg-boss when TEST_PG_URL points at a
// server (CI always sets it).
import { defineConfig } from 'vitest/config';
import { workerdProjects } from './test/workerd/project.ts';

const pg = process.env.TEST_PG_URL;

export default defineConfig({
  test: {
    setupFiles: ['test/setup/log-capture.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: [
            'src/**/*.test.ts',
            'adapters/**/*.test.ts',
            'schemas/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['test/scale/**', 'test/workerd/**'],
        },
      },
      ...(await workerdProjects()),
      ...(pg
        ? [
            {
              extends: true,
              test: {
                name: 'postgresql',
                include: ['test/integration/**/*.test.ts'],
                env: { TEST_DATABASE_URL: pg },
                fileParallelism: false,
              },
            },
            { extends: true, test: { name: 'scale-out', include: ['test/scale/**/*.test.ts'], testTimeout: 900_000 } },
          ]
        : []),
    ],
  },
});
