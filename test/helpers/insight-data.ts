// Data for the statistics and logboek pages: the demo scenarios taken in as on a first `npm start`, optionally a
// few hundred departures from the synthetic register (so some figures reach 10 and are shown), signals picked up
// and closed with an outcome by their recipients through the API, and the logboek sealed and anchored.

import { demoNames, demoPersons } from '../../adapters/brp/demo-persons.ts';
import { syntheticEvents } from '../../adapters/brp/synthetic-events.ts';
import { parseSyntheticBsn, syntheticFamilyPersons } from '../../adapters/brp/synthetic-persons.ts';
import { ingestEvents } from '../../src/app/intake/ingest.ts';
import { seedDemoData } from '../../src/demo.ts';
import type { Harness } from './harness.ts';

type Signal = { id: string; status: string };
const OUTCOMES = ['onterecht', 'terecht-actie-ondernomen', 'terecht-geen-actie-nodig'];
const SYNTHETIC_BRP = {
  sub: 'synthetisch-brp',
  role: 'brp-bron' as const,
  municipalities: ['0363', '0518', '0599', '0344'],
};

export interface Seeded {
  closed: number;
  pickedUp: number;
  /** BSNs and names of everyone the service was told about: none may show where no one is named. */
  personalData: string[];
}

export async function seedInsightData(h: Harness, o: { synthetic?: number } = {}): Promise<Seeded> {
  await seedDemoData(h.ctx);
  const synthetic = [...syntheticEvents(o.synthetic ?? 0, { date: '2026-11-20', runId: 'inzicht' })];
  for (let i = 0; i < synthetic.length; i += 50)
    await ingestEvents(h.ctx, SYNTHETIC_BRP, synthetic.slice(i, i + 50), true);
  await h.drain();
  let closed = 0;
  let pickedUp = 0;
  for (const role of ['rvdk-iko', 'ca-ika'] as const) {
    const token = await h.token(role, undefined, `${role}-medewerker`);
    const signals: Signal[] = (await h.request('GET', '/api/v1/signalen', { token })).json.signalen;
    for (const [i, s] of signals.entries()) {
      h.advance(20 * 60_000);
      if (i % 5 === 4) continue;
      expectOk(await h.request('POST', `/api/v1/signalen/${s.id}/in-behandeling`, { token }));
      pickedUp++;
      if (i % 5 === 3) continue;
      const body = { uitkomst: OUTCOMES[i % 3], toelichting: 'Afgehandeld in de test.' };
      expectOk(await h.request('POST', `/api/v1/signalen/${s.id}/afsluiten`, { token, body }));
      closed++;
    }
  }
  await h.runScheduled(['seal-audit']);
  return { closed, pickedUp, personalData: personalData(synthetic.map((e) => String(e.data.burgerservicenummer))) };
}

function expectOk(res: { status: number; text: string }) {
  if (res.status !== 200) throw new Error(`seeding failed: ${res.status} ${res.text}`);
}

function personalData(syntheticChildren: string[]): string[] {
  const families = new Set(syntheticChildren.map((b) => parseSyntheticBsn(b)?.family ?? -1).filter((f) => f >= 0));
  const synthetic = [...families].flatMap(syntheticFamilyPersons);
  const names = synthetic.flatMap((p) => [p.naam?.volledigeNaam ?? '', p.naam?.geslachtsnaam ?? '']);
  return [
    ...demoPersons.map((p) => p.burgerservicenummer),
    ...demoNames(),
    ...synthetic.map((p) => p.burgerservicenummer),
    ...names.filter((n) => n.length >= 4),
  ];
}
