// An accepted event is never lost and never processed twice: SIGKILL right after 202, and a BRP outage.
// The real service runs as a child process on an SQLite file; the BRP is the local fake server.

import { describe, expect, it } from 'vitest';
import { CE_BATCH, emigration } from '../helpers/events.ts';
import { type ServiceProcess, servicesOnFakeBrp } from '../helpers/process.ts';

const { brp, newDir, start } = servicesOnFakeBrp();

async function getCase(s: ServiceProcess, id: string) {
  const res = await fetch(`${s.url}/api/v1/vertrekmeldingen/${id}`, {
    headers: { authorization: `Bearer ${await s.token(['gemeente'], ['0363'])}` },
  });
  return res.json() as Promise<{ status: string; kennisgevingen: unknown[] }>;
}

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await f();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await f();
  }
  return v;
}

const family = [
  { childBsn: '999990378', declarantBsn: '999990007' },
  { childBsn: '999990421', declarantBsn: '999990081' },
  { childBsn: '999990391', declarantBsn: '999990032' },
];

describe('durability', () => {
  it('processes every event accepted before a SIGKILL once, after the restart', async () => {
    const dir = newDir();
    const first = await start(dir);
    const token = await first.token(['brp-bron'], ['0363']);
    const events = family.map((f, i) => emigration({ id: `kill-${i}`, ...f }));
    const res = await fetch(`${first.url}/api/v1/gebeurtenissen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': CE_BATCH },
      body: JSON.stringify(events),
    });
    expect(res.status).toBe(202);
    const ids = ((await res.json()) as { id: string }[]).map((r) => r.id);
    await first.kill('SIGKILL');

    const second = await start(dir);
    for (const id of ids) {
      const c = await until(
        () => getCase(second, id),
        (c) => c.status === 'beoordeeld',
      );
      expect(c.status).toBe('beoordeeld');
      expect(c.kennisgevingen).toHaveLength(1);
    }
    // Exactly one first assessment per case in the audit log: nothing ran twice.
    const log = await fetch(`${second.url}/api/v1/logboek?actor=vertreksignaal`, {
      headers: { authorization: `Bearer ${await second.token(['privacy'])}` },
    });
    const entries = ((await log.json()) as { logboek: { handeling: string; object: { id: string } }[] }).logboek;
    for (const id of ids)
      expect(entries.filter((e) => e.handeling === 'beoordelen' && e.object.id === id)).toHaveLength(1);
    for (const line of [...first.output, ...second.output].join('').split('\n'))
      expect(line).not.toMatch(/(?<![\w-])\d{9}(?![\w-])/);
  }, 90_000);

  it('keeps events waiting while the BRP is down and processes them once it is back', async () => {
    const dir = newDir();
    const s = await start(dir);
    brp().setAvailable(false);
    const token = await s.token(['brp-bron'], ['0363']);
    const res = await fetch(`${s.url}/api/v1/gebeurtenissen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/cloudevents+json' },
      body: JSON.stringify(emigration({ id: 'brp-down', ...family[0] })),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await new Promise((r) => setTimeout(r, 1500));
    expect((await getCase(s, id)).status).toBe('ontvangen');
    brp().setAvailable(true);
    const c = await until(
      () => getCase(s, id),
      (c) => c.status === 'beoordeeld',
      60_000,
    );
    expect(c.status).toBe('beoordeeld');
  }, 90_000);
});
