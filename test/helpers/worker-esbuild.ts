// A module bundled with the Workers settings (import conditions, fonts as bytes, import.meta.url defined) into one
// file that Node can import, so tests can run what the Worker runs. The Worker itself is built and checked by
// wrangler (scripts/build-worker.ts); this mirrors wrangler.toml where it matters for the PDF adapter.
import { build } from 'esbuild';

/** Must match [define] in wrangler.toml. */
export const WORKER_DEFINE = { 'import.meta.url': '"file:///worker.js"' };

export async function bundleForNode({ entry, outfile }: { entry: string; outfile: string }) {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    external: ['node:*', 'cloudflare:*'],
    // As wrangler.toml: font files become bytes, and import.meta.url (undefined on workerd) a fixed file URL,
    // because pdfkit builds a URL from it when its module loads.
    loader: { '.ttf': 'binary' },
    // The binary loader would decode with Uint8Array.fromBase64, which Node 24 lacks; tests run this bundle on Node.
    supported: { 'from-base64': false },
    define: WORKER_DEFINE,
    write: true,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const nodeImports = [...new Set(output.imports.map((i) => i.path))];
  const inputs = Object.keys(result.metafile.inputs);
  return { bytes: output.bytes, nodeImports, inputs };
}
