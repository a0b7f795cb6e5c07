// Load from the benchmark process: autocannon for single-event intake (20 connections, a new event per request),
// and the replay's poster for batch intake (batches of 100, four in flight) over a fixed time.
import autocannon from 'autocannon';
import { syntheticDeparture } from '../adapters/brp/synthetic-events.ts';
import { postBatches, SINGLE_TYPE } from '../scripts/replay/poster.ts';
import { batches, syntheticSource, until } from '../scripts/replay/source.ts';

export interface SingleResult {
  /** Answers with 2xx per second. */
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
}

/** Single-event POSTs for `seconds` (or `amount` requests); each another family's departure, from `firstFamily` on. */
export async function singleLoad(
  url: string,
  o: { token?: string; seconds?: number; amount?: number; firstFamily: number; runId: string },
): Promise<SingleResult> {
  let i = 0;
  const headers: Record<string, string> = {
    'content-type': o.token ? SINGLE_TYPE : 'application/json',
    ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
  };
  const started = performance.now();
  const r = await autocannon({
    url,
    method: 'POST',
    connections: 20,
    ...(o.amount ? { amount: o.amount } : { duration: o.seconds }),
    headers,
    requests: [
      {
        setupRequest: (req: autocannon.Request) => ({
          ...req,
          body: JSON.stringify(syntheticDeparture(o.firstFamily + i++, 0, { runId: o.runId })),
        }),
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  return { rps: r['2xx'] / seconds, p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], non2xx: r.non2xx };
}

export interface BatchResult {
  eventsPerSecond: number;
  accepted: number;
  refused: number;
}

/** Batches of 100 with four in flight, for `seconds`: events answered per second. */
export async function batchLoad(
  url: string,
  o: { token: string; seconds: number; firstFamily: number; runId: string },
): Promise<BatchResult> {
  const started = performance.now();
  const source = syntheticSource(500_000, { runId: o.runId, firstFamily: o.firstFamily });
  const tally = await postBatches(
    { url, token: o.token, inFlight: 4 },
    batches(until(source.events(), Date.now() + o.seconds * 1000), 100),
  );
  const seconds = (performance.now() - started) / 1000;
  return { eventsPerSecond: tally.posted / seconds, accepted: tally.accepted, refused: tally.refused };
}
