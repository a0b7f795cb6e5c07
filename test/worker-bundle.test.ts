// The Cloudflare Workers build: one bundle, no Node-only adapter in it.
import { describe, expect, it } from 'vitest';
import { bundleWorker } from '../scripts/build-worker.ts';

describe('Workers bundle', () => {
  it('bundles src/worker.ts with only node:crypto (nodejs_compat) as a runtime import', async () => {
    const r = await bundleWorker();
    expect(r.nodeImports).toEqual(['node:crypto']);
    expect(r.inputs.filter((i) => /@libsql|node_modules\/pg\/|pg-boss|pino|better-sqlite3|adapters\/store\/(sqlite|pg)\.ts/.test(i))).toEqual([]);
    expect(r.inputs.some((i) => i.endsWith('adapters/store/d1.ts'))).toBe(true);
  }, 60_000);
});
