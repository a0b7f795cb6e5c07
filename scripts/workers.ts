// npm run workers: starts WORKERS (default 2) job-worker processes without HTTP, next to API instances
// (start those with RUN_WORKER=false npm start). Meant for DATABASE_URL=postgres://… where pg-boss shares the work.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SERVICE_ENV, SERVICE_NODE_FLAGS } from './service-flags.ts';

const n = Number(process.env.WORKERS ?? 2);
if (!process.env.DATABASE_URL?.startsWith('postgres'))
  console.warn('note: several workers need DATABASE_URL=postgres://…; SQLite is single-process.');
const root = fileURLToPath(new URL('../', import.meta.url));
const children = Array.from({ length: n }, (_, i) =>
  spawn(process.execPath, [...SERVICE_NODE_FLAGS, '--import', 'tsx', 'src/node.ts'], {
    cwd: root,
    env: { ...process.env, ...SERVICE_ENV, SERVE_HTTP: 'false', RUN_WORKER: 'true', WORKER_INDEX: String(i) },
    stdio: 'inherit',
  }),
);
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
await Promise.all(children.map((c) => new Promise((r) => c.on('exit', r))));
