// The Worker under test (src/worker.ts, as wrangler.toml names it) as the outside world reaches it inside workerd:
// requests with tokens of the issuer the project configured, cron runs, and a look into its D1 database to see
// when the jobs it runs after answering (waitUntil) are done.
import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { mintToken } from '../../src/dev-issuer.ts';

interface D1 {
  prepare(q: string): {
    bind(...v: unknown[]): { all<T>(): Promise<{ results: T[] }> };
    all<T>(): Promise<{ results: T[] }>;
  };
}
export const db = env.DB as D1;
const worker = exports.default;
const ORIGIN = 'https://vertreksignaal.test';

export const token = (roles: string[], gemeentecodes: string[], sub = 'workerd') =>
  mintToken(
    JSON.parse(env.TEST_ISSUER_JWK as string),
    { sub, roles, gemeentecodes },
    { issuer: env.AUTH_ISSUER as string, audience: env.AUTH_AUDIENCE as string },
  );

export function workerClient(gemeentecodes: string[]) {
  const call = async (path: string, roles: string[], init: RequestInit = {}) => {
    const headers = { authorization: `Bearer ${await token(roles, gemeentecodes)}`, ...init.headers };
    return worker.fetch(`${ORIGIN}${path}`, { ...init, headers });
  };
  /** Events as the BRP sends them: one as application/cloudevents+json, several as a batch. */
  const post = (events: readonly unknown[]) =>
    call('/api/v1/gebeurtenissen', ['brp-bron'], {
      method: 'POST',
      body: JSON.stringify(events.length === 1 ? events[0] : events),
      headers: { 'content-type': `application/cloudevents${events.length === 1 ? '' : '-batch'}+json` },
    });
  /** Without a token, redirects not followed: as a browser's request reaches the Worker. */
  const request = (path: string, init: RequestInit = {}) =>
    worker.fetch(`${ORIGIN}${path}`, { redirect: 'manual', ...init });
  return { call, post, request };
}

export const count = async (query: string, ...params: unknown[]) =>
  Number(
    (
      await db
        .prepare(query)
        .bind(...params)
        .all<{ n: number }>()
    ).results[0].n,
  );

/** One run of the cron trigger, as Cloudflare starts it: its own event, its drain in waitUntil. */
export const cronRun = () => worker.scheduled({ cron: '* * * * *' });

const busy = () =>
  count(`SELECT count(*) AS n FROM jobs WHERE status = 'active' OR (status = 'queued' AND run_at <= ?1)`, Date.now());

/**
 * Waits until no job is due or running and returns how long that took. With `cron`, a cron run every `cronEveryMs`
 * picks up what the requests' drains left (their time is up after 25 s, or their isolate was cut off).
 */
export async function settled(timeoutMs: number, o: { cron?: boolean; cronEveryMs?: number } = {}): Promise<number> {
  const started = Date.now();
  let lastCron = started;
  for (let left = await busy(); left > 0; left = await busy()) {
    if (Date.now() - started > timeoutMs) {
      const jobs = await db.prepare(`SELECT queue, status, count(*) AS n FROM jobs GROUP BY queue, status`).all();
      throw new Error(`${left} jobs still due after ${timeoutMs} ms: ${JSON.stringify(jobs.results)}`);
    }
    if (o.cron && Date.now() - lastCron >= (o.cronEveryMs ?? 5_000)) {
      lastCron = Date.now();
      await cronRun();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

/** How many requests the fake BRP server (in Node, test/workerd/global-setup.ts) has answered over HTTP. */
export const brpAnswered = async () =>
  ((await (await fetch(env.TEST_BRP_CONTROL_URL as string)).json()) as { answered: number }).answered;
