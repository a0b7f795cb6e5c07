// `npm run lint`: the house style, the layers, the size rules and the API rules, one after the other. All of them run
// even when one fails, so one run shows everything; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';

const CHECKS = ['lint:code', 'lint:deps', 'lint:size', 'lint:api'];

const results = CHECKS.map((script) => {
  console.log(`\n── npm run ${script}`);
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return { script, ok: run.status === 0 && !run.error, seconds };
});

console.log('\n── lint summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.script} (${r.seconds} s)`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
