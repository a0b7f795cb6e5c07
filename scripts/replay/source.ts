// Where a replay's events come from: an NDJSON file (one CloudEvent per line) or the synthetic stream. Events stay
// JSON text end to end, so a file's events are posted byte for byte and a broken line is refused by the service.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type SyntheticStreamOptions, syntheticEvents } from '../../adapters/brp/synthetic-events.ts';
import { MUNICIPALITIES } from '../../adapters/brp/synthetic-persons.ts';

export interface EventSource {
  /** What the progress bar and the summary call it. */
  label: string;
  /** Number of events, known before posting. */
  total: number;
  /** Municipality codes the events name: the token must cover them. */
  municipalities: string[];
  events(): AsyncIterable<string>;
}

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield line.trim();
}

const MUNICIPALITY_CODE = /"gemeenteVanInschrijving"\s*:\s*\{[^}]*?"code"\s*:\s*"([0-9]{4})"/;

/** One pass over the file first: how many events, and which municipalities they name. */
export async function fileSource(path: string): Promise<EventSource> {
  let total = 0;
  const codes = new Set<string>();
  for await (const line of lines(path)) {
    total++;
    const m = MUNICIPALITY_CODE.exec(line);
    if (m) codes.add(m[1]);
  }
  return { label: path, total, municipalities: [...codes].sort(), events: () => lines(path) };
}

export function syntheticSource(n: number, o: SyntheticStreamOptions = {}): EventSource {
  return {
    label: `synthetic (${n} events)`,
    total: n,
    municipalities: [...MUNICIPALITIES],
    async *events() {
      for (const e of syntheticEvents(n, o)) yield JSON.stringify(e);
    },
  };
}

/** Groups events into batches of `size`. */
export async function* batches(events: AsyncIterable<string>, size: number): AsyncGenerator<string[]> {
  let batch: string[] = [];
  for await (const e of events) {
    batch.push(e);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Stops yielding at `deadline` (epoch ms): a load run of fixed duration over an endless or long stream. */
export async function* until<T>(items: AsyncIterable<T>, deadline: number): AsyncGenerator<T> {
  for await (const item of items) {
    if (Date.now() >= deadline) return;
    yield item;
  }
}
