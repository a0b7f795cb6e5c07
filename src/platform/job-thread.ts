// The job thread's entry (adapters/queue/thread.ts starts it): the same configuration, its own connection to the
// same database, the job runner of that database, and metric updates sent to the HTTP thread that serves /metrics.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { FromThread, MetricUpdate, ToThread } from '../../adapters/queue/thread.ts';
import type { Metrics } from '../app/context.ts';
import { compose } from '../compose.ts';
import { loadConfig } from '../config.ts';
import { createMetrics } from '../metrics.ts';
import { nodePlatform } from './node.ts';

const port = parentPort;
if (!port) throw new Error('job-thread.ts runs only as a worker thread');
const send = (m: FromThread) => port.postMessage(m);

/** Metric updates, summed and sent on to the HTTP thread (which serves /metrics) at most every 100 ms. */
function forwardingMetrics(): Metrics & { flush(): void } {
  const own = createMetrics();
  let inc = new Map<string, MetricUpdate>();
  let set = new Map<string, MetricUpdate>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inc.size || set.size) send({ kind: 'metrics', inc: [...inc.values()], set: [...set.values()] });
    inc = new Map();
    set = new Map();
  };
  const later = () => {
    timer ??= setTimeout(flush, 100);
  };
  const keyOf = (name: string, labels: Record<string, string>) => `${name}${JSON.stringify(labels)}`;
  return {
    inc(name, labels = {}, by = 1) {
      own.inc(name, labels, by);
      const k = keyOf(name, labels);
      inc.set(k, { name, labels, value: (inc.get(k)?.value ?? 0) + by });
      later();
    },
    set(name, value, labels = {}) {
      own.set(name, value, labels);
      set.set(keyOf(name, labels), { name, labels, value });
      later();
    },
    render: () => own.render(),
    flush,
  };
}

/**
 * Intake first: when both want the same core, the HTTP thread's answers (an accepted event is durable) go before
 * the jobs, which work off the durable queue with what is left. Linux only (a thread's own nice value); elsewhere
 * the thread keeps the process's priority.
 */
function yieldToIntake(nice: number) {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), nice);
  } catch {
    // No /proc/thread-self, or not allowed: the same priority as intake.
  }
}

const config = loadConfig(process.env);
yieldToIntake(config.JOB_THREAD_NICE);
const metrics = forwardingMetrics();
const runtime = await compose(config, { ...(await nodePlatform(config)), metrics });
runtime.runner.start();

async function answer(id: number, fn: () => Promise<unknown>) {
  try {
    const value = await fn();
    metrics.flush();
    send({ kind: 'answer', id, value });
  } catch (err) {
    metrics.flush();
    send({ kind: 'answer', id, error: (err as Error).message });
  }
}

port.on('message', (m: ToThread) => {
  if (m.kind === 'poke') runtime.runner.poke();
  else if (m.kind === 'drain') void answer(m.id, () => runtime.runner.drain({ timeoutMs: m.timeoutMs }));
  else if (m.kind === 'pending') void answer(m.id, () => runtime.runner.pending());
  else if (m.kind === 'stop')
    void runtime.close().finally(() => {
      metrics.flush();
      send({ kind: 'stopped' });
      process.exit(0);
    });
});
send({ kind: 'ready' });
