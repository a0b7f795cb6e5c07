// Haal Centraal BRP Personen API v2 client: POST {baseUrl}/personen with RaadpleegMetBurgerservicenummer.
// Network errors, timeouts, 429 and 5xx are retried with exponential back-off and jitter, then become a
// BrpUnavailableError so the job waits and retries later; a refused request is a BrpRequestError and an answer
// outside the spec a BrpInvalidAnswerError (src/ports/brp.ts), neither of which retrying here can cure.
// No error message ever carries a BSN. Web APIs only: runs on Node and on Workers.
import { type BrpPersoon, PersonenResponse } from '../../schemas/brp.ts';
import { type BrpPort, BrpUnavailableError } from '../../src/ports/brp.ts';
import { invalidSchema, notJson, personNotAsked } from './invalid-answer.ts';
import {
  isAutoProvided,
  MAX_BSNS_PER_REQUEST,
  QUERY_TYPE,
  type RaadpleegMetBurgerservicenummerQuery,
} from './personen-spec.ts';

export { MAX_BSNS_PER_REQUEST };

/** The BRP refused the request (4xx other than 408/429): the same request will fail again. */
export class BrpRequestError extends Error {
  readonly status?: number;
  /** The problem+json `code` (e.g. `authentication`, `paramsValidation`), when the BRP gave one. */
  readonly code?: string;
  constructor(message: string, details: { status?: number; code?: string } = {}) {
    super(message);
    this.name = 'BrpRequestError';
    this.status = details.status;
    this.code = details.code;
  }
}

export interface HaalCentraalOptions {
  /** Base URL without `/personen`, e.g. https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp. */
  baseUrl: string;
  /** Sent as X-API-KEY when set. */
  apiKey?: string;
  /** Limit per attempt, reading the answer included. Default 5000. */
  timeoutMs?: number;
  /** Attempts per request (of at most 20 BSNs), the first one included. Default 3. */
  attempts?: number;
  /** Wait before the first retry; doubles per retry, with jitter. Default 200. */
  backoffMs?: number;
  /** Replaces the global fetch (tests, Workers service bindings). */
  fetch?: typeof fetch;
}

/** A longer Retry-After ends the call at once: a wait of that size belongs to the job queue, not to a request. */
const MAX_RETRY_AFTER_MS = 5_000;

// 408 and 429 say "not now" rather than "not this": worth another attempt, like a 5xx.
const isRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

type Attempt = { personen: BrpPersoon[] } | { retry: string; retryAfterMs?: number };

export function createHaalCentraalClient(o: HaalCentraalOptions): BrpPort {
  const url = `${o.baseUrl.replace(/\/+$/, '')}/personen`;
  // Resolved per call, so a test or a Worker may install fetch after the client is built.
  const doFetch: typeof fetch = o.fetch ?? ((input, init) => fetch(input, init));
  const attempts = Math.max(1, Math.floor(o.attempts ?? 3));
  const backoffMs = o.backoffMs ?? 200;
  const timeoutMs = o.timeoutMs ?? 5000;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    ...(o.apiKey ? { 'X-API-KEY': o.apiKey } : {}),
  };

  async function attempt(body: string, asked: ReadonlySet<string>): Promise<Attempt> {
    const signal = AbortSignal.timeout(timeoutMs);
    const failure = () => ({ retry: signal.aborted ? 'timeout' : 'network error' });
    let res: Response;
    try {
      res = await doFetch(url, { method: 'POST', headers, body, signal });
    } catch {
      return failure();
    }
    if (isRetryable(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      return { retry: `HTTP ${res.status}`, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) };
    }
    let text: string;
    try {
      text = await res.text();
    } catch {
      return failure(); // the connection broke or the timeout fired while the answer was being read
    }
    if (!res.ok) throw refused(res.status, text);
    return { personen: validAnswer(text, asked) };
  }

  async function request(bsns: string[], fields: string[]): Promise<BrpPersoon[]> {
    const query: RaadpleegMetBurgerservicenummerQuery = { type: QUERY_TYPE, burgerservicenummer: bsns, fields };
    const body = JSON.stringify(query);
    let reason = '';
    let made = 0;
    for (let i = 0; i < attempts; i++) {
      const r = await attempt(body, new Set(bsns));
      made++;
      if ('personen' in r) return r.personen;
      reason = r.retry;
      if (i === attempts - 1) break;
      if (r.retryAfterMs !== undefined && r.retryAfterMs > MAX_RETRY_AFTER_MS) {
        reason += ', Retry-After beyond the retry budget';
        break;
      }
      // Equal jitter: half the doubled back-off fixed, half random, so many workers do not retry in step.
      const backoff = backoffMs * 2 ** i * (0.5 + Math.random() / 2);
      await sleep(Math.max(backoff, r.retryAfterMs ?? 0));
    }
    throw new BrpUnavailableError(`BRP unavailable after ${made} attempt(s) (${reason})`);
  }

  return {
    async personen(burgerservicenummers, fields) {
      const bsns = [...new Set(burgerservicenummers)];
      // The BRP delivers geheimhoudingPersoonsgegevens and the like unasked and answers 400 when they are asked for.
      const asked = [...new Set(fields.filter((f) => !isAutoProvided(f)))];
      if (asked.length === 0) asked.push('burgerservicenummer');
      const found: BrpPersoon[] = [];
      // One chunk after the other: the BRP rate-limits per client, and a job rarely asks for more than a few persons.
      for (let i = 0; i < bsns.length; i += MAX_BSNS_PER_REQUEST)
        found.push(...(await request(bsns.slice(i, i + MAX_BSNS_PER_REQUEST), asked)));
      return found;
    },
  };
}

/** The persons of a 2xx answer, or a BrpInvalidAnswerError when it is not what the spec promises. */
function validAnswer(text: string, asked: ReadonlySet<string>): BrpPersoon[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notJson();
  }
  // reportInput only tells a missing field from a wrong one; no value leaves this function.
  const parsed = PersonenResponse.safeParse(json, { reportInput: true });
  if (!parsed.success) throw invalidSchema(parsed.error);
  // Someone else's data in the answer is never used for this case.
  if (parsed.data.personen.some((p) => !asked.has(p.burgerservicenummer))) throw personNotAsked();
  return parsed.data.personen;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

// Whatever the BRP echoes back could hold a BSN: long digit runs are never repeated.
const redact = (s: string) => s.replace(/[0-9]{5,}/g, '…');

/** A BrpRequestError for a refused request, naming the problem code and the refused parameters but no values. */
function refused(status: number, text: string): BrpRequestError {
  let code: string | undefined;
  let params: string[] = [];
  try {
    const problem = JSON.parse(text) as { code?: unknown; invalidParams?: { name?: unknown }[] };
    if (typeof problem.code === 'string' && /^[a-zA-Z]{1,25}$/.test(problem.code)) code = problem.code;
    if (Array.isArray(problem.invalidParams)) {
      params = problem.invalidParams.map((p) =>
        typeof p?.name === 'string' && /^[a-zA-Z0-9._[\]]{1,30}$/.test(p.name) ? redact(p.name) : '?',
      );
    }
  } catch {
    // not problem+json: the status alone must do
  }
  const detail = [code, params.length ? `invalid: ${[...new Set(params)].join(', ')}` : ''].filter(Boolean).join('; ');
  return new BrpRequestError(`BRP refused the request: HTTP ${status}${detail ? ` (${detail})` : ''}`, {
    status,
    code,
  });
}
