// `npm start` in dev mode with the fake BRP takes in the demo scenarios on its first start, so an officer's
// worklist has something in it; a restart adds nothing; a real BRP or identity provider never gets demo data.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { type ServiceProcess, startService } from '../helpers/process.ts';

const dirs: string[] = [];
const services: ServiceProcess[] = [];
afterAll(async () => {
  for (const s of services) await s.kill('SIGTERM');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(dir: string, env: Record<string, string> = {}) {
  const s = await startService(dir, { DEMO_DATA: 'auto', ...env });
  services.push(s);
  return s;
}

async function caseIds(s: ServiceProcess): Promise<string[]> {
  const token = await s.token(['gemeente'], [...new Set(DEMO_SCENARIOS.map((x) => x.municipalityCode))]);
  const ids: string[] = [];
  for (const x of DEMO_SCENARIOS) {
    const res = await fetch(`${s.url}/api/v1/vertrekmeldingen/_zoek`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ burgerservicenummer: x.childBsn }),
    });
    const body = (await res.json()) as { vertrekmeldingen: { id: string }[] };
    ids.push(...body.vertrekmeldingen.map((c) => c.id));
  }
  return ids;
}

describe('demo data on npm start', () => {
  it('takes in every demo scenario once on the first start, and nothing more on a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vs-demo-'));
    dirs.push(dir);
    const first = await start(dir);
    const ids = await caseIds(first);
    expect(ids).toHaveLength(DEMO_SCENARIOS.length);
    await first.kill('SIGTERM');
    const second = await start(dir);
    expect((await caseIds(second)).sort()).toEqual([...ids].sort());
  });

  it('takes in nothing when DEMO_DATA=false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vs-demo-'));
    dirs.push(dir);
    expect(await caseIds(await start(dir, { DEMO_DATA: 'false' }))).toEqual([]);
  });
});
