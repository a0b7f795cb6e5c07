// The job runner in a thread of its own (worker_threads): intake and jobs each get an event loop and a core, so a
// replay's assessments no longer queue behind its POSTs or the reverse. The thread composes its own service on the
// same database (its own connection; the jobs table and its claims are shared through the database) and runs the
// runner there; this side only wakes it, asks it to drain, and takes over its metrics for /metrics.
import { Worker } from 'node:worker_threads';
import type { Logger, Metrics } from '../../src/app/context.ts';
import type { JobRunner } from '../../src/ports/jobs.ts';

/** Messages from this side to the thread. */
export type ToThread =
  | { kind: 'poke' }
  | { kind: 'drain'; id: number; timeoutMs?: number }
  | { kind: 'pending'; id: number }
  | { kind: 'stop' };

export interface MetricUpdate {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Messages from the thread: answers by id, metric updates, and its state. */
export type FromThread =
  | { kind: 'ready' }
  | { kind: 'answer'; id: number; value?: unknown; error?: string }
  | { kind: 'metrics'; inc: MetricUpdate[]; set: MetricUpdate[] }
  | { kind: 'stopped' };

export interface ThreadRunnerOptions {
  /** The thread's module (src/platform/job-thread.ts). */
  entry: URL;
  metrics: Metrics;
  logger: Logger;
  /** V8 heap limit of the thread, in MB. */
  maxOldGenerationSizeMb?: number;
}

export function createThreadRunner(o: ThreadRunnerOptions): JobRunner {
  let worker: Worker | null = null;
  let ready: Promise<void> = Promise.resolve();
  let poked = false;
  let nextId = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  const onMessage = (m: FromThread) => {
    if (m.kind === 'metrics') {
      for (const u of m.inc) o.metrics.inc(u.name, u.labels, u.value);
      for (const u of m.set) o.metrics.set(u.name, u.value, u.labels);
    } else if (m.kind === 'answer') {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error === undefined) w?.resolve(m.value);
      else w?.reject(new Error(m.error));
    }
  };

  const ask = async (msg: { kind: 'drain'; timeoutMs?: number } | { kind: 'pending' }): Promise<unknown> => {
    if (!worker) throw new Error('job thread not started');
    await ready;
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker?.postMessage({ ...msg, id } satisfies ToThread);
    });
  };

  let stopping = false;
  function spawnThread() {
    const w = new Worker(o.entry, {
      resourceLimits: { maxOldGenerationSizeMb: o.maxOldGenerationSizeMb ?? 64, maxYoungGenerationSizeMb: 8 },
    });
    worker = w;
    ready = new Promise((resolve, reject) => {
      w.on('message', (m: FromThread) => (m.kind === 'ready' ? resolve() : onMessage(m)));
      w.once('error', reject);
    });
    ready.catch(() => undefined);
    // The error's class only: a driver's message can quote the values of a failed statement.
    w.on('error', (err) => o.logger.error({ reason: err.name }, 'job thread failed'));
    w.on('exit', (code) => {
      for (const p of waiting.values()) p.reject(new Error(`job thread exited (${code})`));
      waiting.clear();
      if (worker !== w) return;
      worker = null;
      // Queued jobs are durable; a new thread requeues the dead one's active jobs and goes on with them.
      if (!stopping) {
        o.logger.warn({ code }, 'job thread ended; starting a new one');
        setTimeout(() => stopping || spawnThread(), 1_000).unref();
      }
    });
  }

  return {
    start() {
      if (worker) return;
      stopping = false;
      spawnThread();
    },
    ready: () => ready,
    async stop() {
      stopping = true;
      const w = worker;
      if (!w) return;
      const exited = new Promise((resolve) => w.once('exit', resolve));
      await ready.catch(() => undefined);
      w.postMessage({ kind: 'stop' } satisfies ToThread);
      // The thread stops its runner (finishing the jobs in hand) and closes its connection, then exits.
      const force = setTimeout(() => w.terminate(), 20_000);
      await exited;
      clearTimeout(force);
    },
    poke() {
      // One wake per turn of the event loop however many commits enqueued work in it.
      if (!worker || poked) return;
      poked = true;
      setImmediate(() => {
        poked = false;
        worker?.postMessage({ kind: 'poke' } satisfies ToThread);
      });
    },
    drain: async (opts) => void (await ask({ kind: 'drain', timeoutMs: opts?.timeoutMs })),
    pending: async () => (await ask({ kind: 'pending' })) as Record<string, number>,
  };
}
