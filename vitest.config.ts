import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'adapters/**/*.test.ts', 'schemas/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup/log-capture.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
