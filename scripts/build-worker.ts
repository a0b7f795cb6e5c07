// npm run build:worker: builds the Worker as `wrangler deploy` would (--dry-run, offline) into dist/, and fails when
// the bundle holds a Node-only module or a Node API that Workers lack (wrangler would ship a stub that throws).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Node built-ins the Worker may import: native in workerd (nodejs_compat) and meaningful there. node:fs (an
 * ephemeral per-request file system), node:http servers, child processes and the like are not. */
export const WORKER_NODE_BUILTINS = [
  'node:crypto',
  'node:buffer',
  'node:events',
  'node:async_hooks',
  'node:util',
  'node:path',
  'node:url',
  'node:stream',
  'node:string_decoder',
  'node:zlib',
];

/** Modules that only work in a Node process: drivers, the node server, pino, the Node stores and queues. */
const NODE_ONLY = new RegExp(
  [
    'node_modules/(@libsql|libsql|pg|pg-boss|pg-pool|better-sqlite3|pino|@hono/node-server)/',
    String.raw`adapters/store/(node-sqlite|postgres)\.ts`,
    'adapters/queue/pgboss',
    String.raw`adapters/letter/fonts\.node\.ts`,
    String.raw`src/(node|log|platform/node)\.ts`,
  ].join('|'),
);
/** Inputs from unenv are wrangler's stand-ins for Node APIs workerd does not have. */
const STUBBED = /node_modules\/(unenv|@cloudflare\/unenv-preset)\//;

interface Metafile {
  inputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
  outputs: Record<
    string,
    {
      bytes: number;
      imports: { path: string; external?: boolean }[];
      entryPoint?: string;
      inputs: Record<string, unknown>;
    }
  >;
}

export interface BundleReport {
  bytes: number;
  /** Modules the bundle imports at run time (provided by workerd). */
  runtimeImports: string[];
  /** Files uploaded beside the script as modules (wrangler.toml [[rules]]: the PDF fonts as Data). */
  dataModules: string[];
  inputs: string[];
  /** One line per problem, with the import chain from the entry; empty when the bundle is fit for Workers. */
  problems: string[];
}

/** Builds with wrangler (its config, compatibility date and flags, its Node polyfills) and checks the result. */
export function bundleWorker(opts: { entry?: string; outdir?: string } = {}): BundleReport {
  const outdir = opts.outdir ?? mkdtempSync(join(tmpdir(), 'vs-worker-'));
  const metafile = join(outdir, 'bundle-meta.json');
  const args = ['deploy', '--dry-run', '--outdir', outdir, '--metafile', metafile, ...(opts.entry ? [opts.entry] : [])];
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_SEND_ERROR_REPORTS: 'false', CI: '1' };
  const r = spawnSync(join(root, 'node_modules/.bin/wrangler'), args, { cwd: root, env, encoding: 'utf8' });
  try {
    if (r.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${r.stdout}${r.stderr}`);
    return checkBundle(JSON.parse(readFileSync(metafile, 'utf8')) as Metafile);
  } finally {
    if (!opts.outdir) rmSync(outdir, { recursive: true, force: true });
  }
}

export function checkBundle(meta: Metafile): BundleReport {
  const [, output] = Object.entries(meta.outputs).find(([name]) => name.endsWith('.js'))!;
  const imports = [...new Set(output.imports.map((i) => i.path))].sort();
  const dataModules = imports.filter((m) => m.startsWith('./'));
  const runtimeImports = imports.filter((m) => !m.startsWith('./'));
  const inputs = Object.keys(output.inputs);
  const chain = (target: string) =>
    importChain(meta, output.entryPoint ?? inputs[inputs.length - 1], target).join(' → ');
  const problems = [
    ...runtimeImports
      .filter((m) => !WORKER_NODE_BUILTINS.includes(m))
      .map((m) => `${m}: not a Node API the Worker may use (${chain(m)})`),
    ...inputs.filter((i) => NODE_ONLY.test(i)).map((i) => `${i}: Node-only module (${chain(i)})`),
    ...firstPerPackage(inputs.filter((i) => STUBBED.test(i))).map(
      (i) => `${i}: wrangler stub for a Node API Workers lack (${chain(i)})`,
    ),
  ];
  return { bytes: output.bytes, runtimeImports, dataModules, inputs, problems };
}

/** The shortest import path from the entry to a module (breadth-first over the metafile's graph). */
export function importChain(meta: Metafile, entry: string, target: string): string[] {
  const prev = new Map<string, string>([[entry, '']]);
  const queue = [entry];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === target) break;
    for (const { path } of meta.inputs[at]?.imports ?? []) {
      if (!prev.has(path)) {
        prev.set(path, at);
        queue.push(path);
      }
    }
  }
  if (!prev.has(target)) return [target];
  const path: string[] = [];
  for (let at = target; at; at = prev.get(at)!) path.unshift(at);
  return path;
}

const firstPerPackage = (inputs: string[]) =>
  inputs.filter((i, n) => inputs.findIndex((j) => j.split('/dist/')[0] === i.split('/dist/')[0]) === n);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = bundleWorker({ outdir: join(root, 'dist') });
  console.log(
    `dist/worker.js: ${(r.bytes / 1024).toFixed(0)} KiB; runtime imports: ${r.runtimeImports.join(', ') || 'none'}; ` +
      `data modules: ${r.dataModules.length}`,
  );
  for (const p of r.problems) console.error(`not fit for Workers: ${p}`);
  process.exit(r.problems.length ? 1 : 0);
}
