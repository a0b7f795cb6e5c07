// npm run build:worker: bundles src/worker.ts for Cloudflare Workers (what wrangler does), and fails when a
// Node-only module (libsql, pg, pg-boss, pino, fs) would reach the bundle. Only node:crypto (nodejs_compat) may.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function bundleWorker(write = false) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const result = await build({
    entryPoints: [`${root}src/worker.ts`],
    outfile: `${root}dist/worker.js`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    external: ['node:*', 'cloudflare:*'],
    write,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const nodeImports = [...new Set(output.imports.map((i) => i.path))];
  const inputs = Object.keys(result.metafile.inputs);
  return { bytes: output.bytes, nodeImports, inputs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await bundleWorker(true);
  console.log(`dist/worker.js: ${(r.bytes / 1024).toFixed(0)} KiB; runtime imports: ${r.nodeImports.join(', ') || 'none'}`);
}
