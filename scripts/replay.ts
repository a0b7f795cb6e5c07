// npm run replay FILE | npm run replay -- --synthetic 50000 [--url http://localhost:8080] [--token T] [--in-flight 4]
// Posts CloudEvents (NDJSON, one per line, or the synthetic stream about the fake BRP's synthetic register) to a
// running service in batches, shows its progress, waits until every event is assessed and prints the rates.
// Without --token it mints one as `npm run token` does (dev mode; run it with the service's DATA_DIR/DATABASE_URL).
// --write FILE writes the synthetic stream as NDJSON instead of posting it.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticEvents } from '../adapters/brp/synthetic-events.ts';
import { progressBars } from './replay/progress.ts';
import { type ReplayResult, replay } from './replay/replay.ts';
import { type EventSource, fileSource, syntheticSource } from './replay/source.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    synthetic: { type: 'string' },
    url: { type: 'string', default: `http://localhost:${process.env.PORT ?? 8080}` },
    token: { type: 'string', default: process.env.REPLAY_TOKEN },
    batch: { type: 'string', default: '100' },
    'in-flight': { type: 'string', default: '4' },
    timeout: { type: 'string', default: '600' },
    'no-wait': { type: 'boolean', default: false },
    'run-id': { type: 'string' },
    date: { type: 'string' },
    'first-family': { type: 'string' },
    write: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const count = (name: string, v: string | undefined) => {
  const x = Number(v);
  return Number.isInteger(x) && x > 0 ? x : fail(`--${name} must be a positive whole number`);
};
const n = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const stream = {
  runId: values['run-id'],
  date: values.date,
  firstFamily: values['first-family'] ? Number(values['first-family']) : undefined,
};

if (values.write) {
  if (!values.synthetic) fail('--write needs --synthetic N');
  const out = createWriteStream(values.write);
  for (const e of syntheticEvents(count('synthetic', values.synthetic), stream)) {
    if (!out.write(`${JSON.stringify(e)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  console.log(`wrote ${values.synthetic} synthetic events to ${values.write}`);
  process.exit(0);
}

let source: EventSource;
if (values.synthetic) source = syntheticSource(count('synthetic', values.synthetic), stream);
else if (positionals[0]) source = await fileSource(positionals[0]);
else
  source = fail('usage: npm run replay FILE  |  npm run replay -- --synthetic N   (see the head of scripts/replay.ts)');

/** A brp-bron token for the source's municipalities, minted by scripts/token.ts (dev mode only). */
function mintToken(municipalities: string[]): string {
  const script = fileURLToPath(new URL('./token.ts', import.meta.url));
  const args = [
    '--import',
    'tsx',
    script,
    '--rol',
    'brp-bron',
    '--sub',
    'replay',
    ...municipalities.flatMap((m) => ['--gemeente', m]),
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: process.env });
  if (r.status !== 0) fail(`no --token given and none could be minted: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

const token = values.token ?? mintToken(source.municipalities);
console.log(`replay: ${source.label} → ${values.url}, batches of ${values.batch}, ${values['in-flight']} in flight`);
const view = values.quiet ? undefined : progressBars();
let result: ReplayResult;
try {
  result = await replay({
    url: values.url,
    token,
    source,
    batchSize: count('batch', values.batch),
    inFlight: count('in-flight', values['in-flight']),
    wait: !values['no-wait'],
    timeoutMs: count('timeout', values.timeout) * 1000,
    onProgress: view?.update,
  });
} finally {
  view?.stop();
}

const t = result.tally;
const accepted = `accepted ${n(t.accepted)} (${n(t.ids.size)} cases)`;
const counts = `${accepted} · duplicate ${n(t.duplicate)} · ignored ${n(t.ignored)}`;
const rate = `${n(t.posted)} events in ${n(result.intakeSeconds, 1)} s = ${n(result.intakeRate)} events/s`;
console.log(`intake    ${rate} · ${counts} · refused ${n(t.refused)} · retries ${n(t.retries)}`);
for (const [reason, k] of Object.entries(t.reasons)) console.log(`          refused ${n(k)}: ${reason}`);
const again = Object.entries(t.retryReasons).map(([why, k]) => `${n(k)} × ${why}`);
if (again.length) console.log(`          sent again: ${again.join(', ')}`);
const seconds = `${n(result.endToEndSeconds ?? 0, 1)} s`;
if (result.gaugeMissing) console.log('assessed  unknown: the service publishes no vertreksignaal_jobs_pending gauge');
else if (values['no-wait']) console.log('assessed  not waited for (--no-wait)');
else if (result.assessedAll && t.accepted > 0) {
  console.log(
    `assessed  every event, ${seconds} after the first post = ${n(result.endToEndRate!)} events/s end to end`,
  );
} else if (t.accepted > 0) {
  console.log(`assessed  NOT all: ${n(result.pendingAtEnd ?? 0)} jobs still pending after ${seconds} (--timeout)`);
}
process.exit(t.refused > 0 || (!values['no-wait'] && !result.assessedAll) ? 1 : 0);
