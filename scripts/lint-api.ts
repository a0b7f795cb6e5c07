// `npm run lint:api`: exports the OpenAPI document in-process (no server) and lints it against the NL API Design Rules
// in .spectral.yaml; fails on any error or warning.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportOpenApi, writeOpenApi } from './openapi-export.ts';

const dir = mkdtempSync(join(tmpdir(), 'vs-openapi-'));
try {
  const file = writeOpenApi(await exportOpenApi(), join(dir, 'openapi.json'));
  const args = ['lint', '--ruleset', '.spectral.yaml', '--fail-severity', 'warn', ...process.argv.slice(2), file];
  const run = spawnSync('spectral', args, { stdio: 'inherit' });
  if (run.error) throw run.error;
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
