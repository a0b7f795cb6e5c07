// The demo data (issue 14): after a first start every kind of page has something to show, made through the same use
// cases as the pages and the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '../../adapters/brp/demo-events.ts';
import { demoStaffActions, seedDemoData } from '../../src/demo.ts';
import { DOMAIN_IDS } from '../../src/ids.ts';
import { sql } from '../../src/store/sql.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
const caseOf = (key: string) => DOMAIN_IDS.caseOf(DEMO_SOURCE, `demo-${key}`);

beforeAll(async () => {
  h = await createHarness();
  expect(await seedDemoData(h.ctx)).toBeGreaterThan(20);
  await h.drain();
  await demoStaffActions(h.ctx, () => h.drain());
});
afterAll(() => h.close());

describe('demo data', () => {
  it('has custody recorded by hand, and the case assessed with it', async () => {
    const officer = await h.token('gemeente', ['0363']);
    const c = (
      await h.request('GET', `/api/v1/vertrekmeldingen/${caseOf('gezag-niet-te-bepalen')}`, { token: officer })
    ).json;
    expect(c.gezag).toMatchObject({ bron: 'handmatig', type: 'GezamenlijkOuderlijkGezag' });
    expect(c.status).toBe('beoordeeld');
  });

  it('has a notice answered by the other parent, and the answer weighed by the risk rules', async () => {
    const officer = await h.token('gemeente', ['0363']);
    const c = (await h.request('GET', `/api/v1/vertrekmeldingen/${caseOf('gezamenlijk-gezag')}`, { token: officer }))
      .json;
    const notice = (await h.request('GET', `/api/v1/kennisgevingen/${c.kennisgevingen[0].id}`, { token: officer }))
      .json;
    expect(notice.reactie).toMatchObject({ reactie: 'niet-akkoord', kanaal: 'telefoon' });
    expect(JSON.stringify(c.risico)).toContain('reactie-geen-toestemming');
  });

  it('has a signal closed with an outcome from the vocabulary', async () => {
    expect(await h.count('signals', sql`status = 'afgesloten'`)).toBe(1);
    const [row] = await h.rows<{ id: string; recipient: string }>(
      sql`SELECT id, recipient FROM signals WHERE status = 'afgesloten'`,
    );
    const caseworker = await h.token(row.recipient);
    const signal = (await h.request('GET', `/api/v1/signalen/${row.id}`, { token: caseworker })).json;
    expect(signal.afhandeling).toMatchObject({ uitkomst: 'terecht-geen-actie-nodig' });
  });
});
