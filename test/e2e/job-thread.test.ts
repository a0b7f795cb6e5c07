// `npm start` works its queue in a thread of its own (adapters/queue/thread.ts): the real service as a child process
// on an SQLite file, the BRP as the local fake server. The thread assesses what the HTTP thread accepted, its metrics
// reach /metrics, the process has the extra thread, and SIGTERM ends both cleanly. JOB_THREAD=false keeps the
// runner in the HTTP thread, with the same outcome.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CE_BATCH, emigration } from '../helpers/events.ts';
import { type ServiceProcess, servicesOnFakeBrp } from '../helpers/process.ts';

const services = servicesOnFakeBrp();
const start = (env: Record<string, string> = {}) => services.start(services.newDir(), env);

async function assessedCase(s: ServiceProcess, id: string): Promise<string | undefined> {
  const token = await s.token(['gemeente'], ['0363']);
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const res = await fetch(`${s.url}/api/v1/vertrekmeldingen/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const status = res.ok ? ((await res.json()) as { status: string }).status : undefined;
    if (status === 'beoordeeld') return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

async function postDeparture(s: ServiceProcess, id: string): Promise<string> {
  const res = await fetch(`${s.url}/api/v1/gebeurtenissen`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await s.token(['brp-bron'], ['0363'])}`, 'content-type': CE_BATCH },
    body: JSON.stringify([emigration({ id, childBsn: '999990378', declarantBsn: '999990007' })]),
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { id: string }[])[0].id;
}

const metrics = async (s: ServiceProcess) =>
  (await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${await s.token(['beheer'])}` } })).text();

const threads = (pid: number) => readdirSync(`/proc/${pid}/task`).length;

describe('the job thread', () => {
  it('assesses what the HTTP thread accepted, and its metrics reach /metrics', async () => {
    const s = await start();
    const solo = await start({ JOB_THREAD: 'false' });
    // Node's own threads (V8 platform, libuv pool) are the same in both; the job thread is one more.
    expect(threads(s.child.pid!)).toBeGreaterThan(threads(solo.child.pid!));

    const id = await postDeparture(s, 'thread-1');
    expect(await assessedCase(s, id)).toBe('beoordeeld');
    await expect.poll(() => metrics(s), { timeout: 5_000 }).toMatch(/vertreksignaal_assessments_total\{[^}]*\} 1\b/);

    const soloId = await postDeparture(solo, 'thread-1');
    expect(await assessedCase(solo, soloId)).toBe('beoordeeld');
    expect(await metrics(solo)).toMatch(/vertreksignaal_assessments_total\{[^}]*\} 1\b/);
  });

  it('ends with both threads on SIGTERM', async () => {
    const s = await start();
    const exited = new Promise<number | null>((resolve) => s.child.once('exit', resolve));
    s.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
