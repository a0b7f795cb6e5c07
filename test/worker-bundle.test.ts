// The Cloudflare Workers build, as `wrangler deploy --dry-run` makes it: no Node-only module, no Node API that
// Workers lack, and what the Worker serves is in it (PDFs with their fonts, the staff pages). The check itself
// catches each kind of problem (a deliberately unfit Worker in test/fixtures).
import { describe, expect, it } from 'vitest';
import { bundleWorker, WORKER_NODE_BUILTINS } from '../scripts/build-worker.ts';

describe('Workers bundle', () => {
  it('builds src/worker.ts with wrangler, on D1, with only Node APIs that workerd provides', () => {
    const r = bundleWorker();
    expect(r.problems).toEqual([]);
    expect(r.runtimeImports.every((m) => WORKER_NODE_BUILTINS.includes(m))).toBe(true);
    expect(r.inputs).toContain('adapters/store/d1.ts');
    expect(r.inputs).toContain('adapters/queue/embedded.ts');
    const nodeOnly = /adapters\/store\/(node-sqlite|postgres)\.ts|src\/platform\/node\.ts|pg-boss|node_modules\/pg\//;
    expect(r.inputs.filter((i) => nodeOnly.test(i))).toEqual([]);
    // PDFs: pdfkit's browser build, the font files uploaded beside the script as Data modules (wrangler.toml).
    expect(r.inputs.some((i) => i.endsWith('pdfkit/js/pdfkit.browser.mjs'))).toBe(true);
    expect(r.inputs).toContain('adapters/letter/fonts.worker.ts');
    expect(r.inputs).not.toContain('adapters/letter/fonts.node.ts');
    expect(r.dataModules.map((m) => m.replace(/^\.\/[0-9a-f]+-/, '')).sort()).toEqual([
      'NotoSans_400Regular.ttf',
      'NotoSans_700Bold.ttf',
    ]);
    // The staff pages and their styles (served by the Worker itself, no other host).
    expect(r.inputs).toContain('src/pages/index.ts');
    expect(r.inputs).toContain('src/web/index.tsx');
    expect(r.inputs.some((i) => i.startsWith('src/web/assets'))).toBe(true);
  }, 60_000);

  it('names each unfit import with the chain that pulls it in', () => {
    const r = bundleWorker({ entry: 'test/fixtures/worker-unfit.ts' });
    const [entry, helper] = ['test/fixtures/worker-unfit.ts', 'test/fixtures/worker-unfit-helper.ts'];
    const unfit = 'not a Node API the Worker may use';
    expect(r.problems).toHaveLength(4);
    expect(r.problems).toContain(`node:fs: ${unfit} (${entry} → node:fs)`);
    expect(r.problems).toContain(`node:http2: ${unfit} (${entry} → node:http2)`);
    expect(r.problems).toContain(`node:child_process: ${unfit} (${entry} → ${helper} → node:child_process)`);
    expect(r.problems.find((p) => p.startsWith('node_modules/pino/'))).toMatch(/Node-only module/);
  }, 60_000);
});
