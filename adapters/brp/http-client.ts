// Haal Centraal BRP Personen API v2 client: POST {base}/personen, RaadpleegMetBurgerservicenummer.
// Retries network errors, timeouts, 429 and 5xx with exponential back-off and jitter; then BrpUnavailableError so
// the job waits and retries later. Errors never carry a BSN. Web APIs only: runs on Node and Workers.
import { PersonenResponse, type BrpPersoon } from '../../schemas/brp.ts';
import { BrpUnavailableError, type BrpPort } from '../../src/ports/brp.ts';

/** The spec allows at most 20 BSNs per RaadpleegMetBurgerservicenummer request. */
export const MAX_BSNS_PER_REQUEST = 20;

export class BrpRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrpRequestError';
  }
}

export interface HaalCentraalOptions {
  baseUrl: string;
  apiKey?: string;
  timeoutMs?: number;
  attempts?: number;
  backoffMs?: number;
  fetch?: typeof fetch;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createHaalCentraalClient(o: HaalCentraalOptions): BrpPort {
  const f = o.fetch ?? fetch;
  const url = `${o.baseUrl.replace(/\/+$/, '')}/personen`;
  const attempts = o.attempts ?? 3;
  const backoff = o.backoffMs ?? 200;

  async function once(bsns: readonly string[], fields: readonly string[]): Promise<BrpPersoon[]> {
    let lastReason = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(backoff * 2 ** (attempt - 2) * (0.5 + Math.random() / 2));
      let res: Response;
      try {
        res = await f(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...(o.apiKey ? { 'X-API-KEY': o.apiKey } : {}) },
          body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: bsns, fields }),
          signal: AbortSignal.timeout(o.timeoutMs ?? 5000),
        });
      } catch (err) {
        lastReason = (err as Error).name === 'TimeoutError' ? 'timeout' : 'network error';
        continue;
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel();
        lastReason = `HTTP ${res.status}`;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new BrpRequestError(`BRP answered HTTP ${res.status}`);
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new BrpRequestError('BRP answer is not JSON');
      }
      const parsed = PersonenResponse.safeParse(body);
      if (!parsed.success) throw new BrpRequestError(`BRP answer does not match the spec (${parsed.error.issues.length} issues)`);
      return parsed.data.personen;
    }
    throw new BrpUnavailableError(`BRP unavailable after ${attempts} attempts (${lastReason})`);
  }

  return {
    async personen(bsns, fields) {
      const out: BrpPersoon[] = [];
      for (let i = 0; i < bsns.length; i += MAX_BSNS_PER_REQUEST) out.push(...(await once(bsns.slice(i, i + MAX_BSNS_PER_REQUEST), fields)));
      return out;
    },
  };
}
