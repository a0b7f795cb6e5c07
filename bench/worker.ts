// A job-worker process for the benchmark's PostgreSQL column: the service's own bootstrap and pg-boss runner,
// with the synthetic BRP families in place of the demo persons (the same ones the bench process posts about).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { bootstrap } from '../src/bootstrap.ts';
import { createFakeBrp } from '../adapters/brp/fake.ts';
import { FAMILIES } from './target.ts';

const dir = mkdtempSync(join(tmpdir(), 'vs-bench-worker-'));
const config = loadConfig({ ...process.env, DATA_DIR: dir, SIGNING_KEY_FILE: join(dir, 'signing.jwk.json'), PSEUDONYM_KEY: 'test-pseudonym-key', LOG_LEVEL: 'silent', RUN_WORKER: 'true', SERVE_HTTP: 'false' });
const runtime = await bootstrap(config, { brp: createFakeBrp(FAMILIES.persons) });
runtime.runner.start();
process.send?.('ready');
process.on('SIGTERM', () => runtime.close().then(() => process.exit(0)));
