// Posts batches of CloudEvents to POST /api/v1/gebeurtenissen with a fixed number in flight, and tallies the answers.
// A throttled (429) or unavailable (502-504, network) service is waited for and asked again; a refused batch is
// posted again one event at a time, so one bad event does not cost the other 99.
export const BATCH_TYPE = 'application/cloudevents-batch+json';
export const SINGLE_TYPE = 'application/cloudevents+json';
const RETRYABLE = new Set([429, 502, 503, 504]);

export interface Tally {
  posted: number;
  accepted: number;
  duplicate: number;
  ignored: number;
  refused: number;
  retries: number;
  /** Why requests were sent again: "429", "503", or the network error's code. */
  retryReasons: Record<string, number>;
  /** Refusals per "status title" of the problem answer (no event content: titles carry no personal data). */
  reasons: Record<string, number>;
  /** Ids the service gave the accepted events (case ids), for counting cases and sampling them. */
  ids: Set<string>;
}

export const emptyTally = (): Tally => ({
  posted: 0,
  accepted: 0,
  duplicate: 0,
  ignored: 0,
  refused: 0,
  retries: 0,
  retryReasons: {},
  reasons: {},
  ids: new Set(),
});

export interface PosterOptions {
  url: string;
  token: string;
  inFlight: number;
  /** Attempts while the service cannot be reached or is unavailable (not counting 429), and the first back-off. */
  retry?: { attempts: number; baseMs: number };
  /** Called after every answered batch. */
  onBatch?: (t: Tally) => void;
}

type Answer = { status: number; body: unknown; retryAfter: number | undefined; error?: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function send(o: PosterOptions, body: string, type: string): Promise<Answer> {
  try {
    const res = await fetch(new URL('/api/v1/gebeurtenissen', o.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${o.token}`, 'content-type': type },
      body,
      signal: AbortSignal.timeout(120_000),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const ra = Number(res.headers.get('retry-after'));
    return { status: res.status, body: parsed, retryAfter: Number.isFinite(ra) && ra > 0 ? ra : undefined };
  } catch (err) {
    const e = err as { name?: string; cause?: { code?: string } };
    return { status: 0, body: undefined, retryAfter: undefined, error: e.cause?.code ?? e.name ?? 'Error' };
  }
}

/** Sends once, and again while the service asks to wait or cannot be reached. */
async function sendPatiently(o: PosterOptions, body: string, type: string, tally: Tally): Promise<Answer> {
  const { attempts, baseMs } = o.retry ?? { attempts: 10, baseMs: 250 };
  for (let attempt = 1; ; attempt++) {
    const a = await send(o, body, type);
    if ((a.status !== 0 && !RETRYABLE.has(a.status)) || (a.status !== 429 && attempt >= attempts)) return a;
    tally.retries++;
    const why = a.status ? String(a.status) : (a.error ?? 'no answer');
    tally.retryReasons[why] = (tally.retryReasons[why] ?? 0) + 1;
    await sleep(a.retryAfter ? a.retryAfter * 1000 : Math.min(10_000, baseMs * 2 ** (attempt - 1)));
  }
}

function count(tally: Tally, result: unknown) {
  const r = result as { id?: string; status?: string };
  if (r?.status === 'ontvangen') {
    tally.accepted++;
    if (r.id) tally.ids.add(r.id);
  } else if (r?.status === 'dubbel') tally.duplicate++;
  else if (r?.status === 'genegeerd') tally.ignored++;
}

function refuse(tally: Tally, a: Answer, n: number) {
  const title = (a.body as { title?: unknown })?.title;
  const reason = a.status === 0 ? 'no answer' : `${a.status} ${typeof title === 'string' ? title : ''}`.trim();
  tally.refused += n;
  tally.reasons[reason] = (tally.reasons[reason] ?? 0) + n;
}

async function postBatch(o: PosterOptions, events: string[], tally: Tally) {
  const a = await sendPatiently(o, `[${events.join(',')}]`, BATCH_TYPE, tally);
  if ((a.status === 200 || a.status === 202) && Array.isArray(a.body)) {
    for (const r of a.body) count(tally, r);
  } else if (a.status >= 400 && a.status < 500 && a.status !== 401 && events.length > 1) {
    // All or nothing: find the events that were refused by posting each on its own.
    for (const e of events) {
      const s = await sendPatiently(o, e, SINGLE_TYPE, tally);
      if (s.status === 200 || s.status === 202) count(tally, s.body);
      else refuse(tally, s, 1);
    }
  } else refuse(tally, a, events.length);
  tally.posted += events.length;
  o.onBatch?.(tally);
}

/** Posts every batch, `inFlight` at a time, into `tally`. */
export async function postBatches(
  o: PosterOptions,
  batches: AsyncIterable<string[]>,
  tally = emptyTally(),
): Promise<Tally> {
  const it = batches[Symbol.asyncIterator]();
  // An async generator queues concurrent next() calls, so each lane takes the next batch in turn.
  const lane = async () => {
    for (let n = await it.next(); !n.done; n = await it.next()) await postBatch(o, n.value, tally);
  };
  await Promise.all(Array.from({ length: Math.max(1, o.inFlight) }, lane));
  return tally;
}
