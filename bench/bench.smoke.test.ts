// Smoke test: `npm run bench -- --quick` still runs against the real processes and yields every figure. Not timed:
// the figures of a shared CI machine say nothing; only that each was measured.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BenchResults } from './table.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('npm run bench -- --quick', () => {
  it('measures every SQLite figure from outside and writes them as JSON', () => {
    const out = mkdtempSync(join(tmpdir(), 'vs-bench-smoke-'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--no-pg', '--out', out], {
        cwd: root,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/figure\s+│ value\s+│ reference\s+│ ratio\s+│ target\s+│ verdict/);
      const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as BenchResults;
      expect(results.quick).toBe(true);
      const byKey = new Map(results.figures.map((f) => [f.key, f]));
      for (const key of [
        'single_sqlite',
        'batch_sqlite',
        'e2e_sqlite',
        'rss_sqlite',
        'cpu_per_request',
        'cpu_per_case',
        'brp_per_case',
      ]) {
        expect(byKey.get(key)?.value, key).toBeGreaterThan(0);
      }
      expect(byKey.get('single_sqlite')!.reference!.value).toBeGreaterThan(0);
      expect(byKey.get('batch_sqlite')!.reference!.value).toBeGreaterThan(0);
      // Every synthetic event of the small replay was accepted and assessed.
      expect(byKey.get('e2e_sqlite')!.detail).toMatch(/^1,000 in /);
      for (const f of results.figures) if (f.target) expect(typeof f.target.met).toBe('boolean');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
