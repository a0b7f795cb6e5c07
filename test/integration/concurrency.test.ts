// Concurrent actions on one resource never lose an update (issue 11 point 12, contract §5 v2): of six officers acting
// at once, one wins and five get 409; every 2xx is in the stored state and in the logboek exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { sql } from '../../src/store/sql.ts';
import { CE, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
const S = DEMO_SCENARIOS.find((s) => s.key === 'gezamenlijk-gezag') as (typeof DEMO_SCENARIOS)[number];

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function departure(id: string, extra: Partial<Parameters<typeof emigration>[0]> = {}) {
  const brp = await h.token('brp-bron', ['0363']);
  const res = await h.request('POST', '/api/v1/gebeurtenissen', {
    token: brp,
    contentType: CE,
    body: emigration({ id, childBsn: S.childBsn, declarantBsn: S.declarantBsn, ...extra }),
  });
  await h.drain();
  return res.json.id as string;
}

describe('six at once', () => {
  it('holds a notification once: one 200, five 409, one history entry and one logboek entry', async () => {
    const caseId = await departure('cc-hold');
    const officers = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => h.token('gemeente', ['0363'], `ambtenaar-${i}`)));
    const c = (await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: officers[0] })).json;
    const id = c.kennisgevingen[0].id;
    const answers = await Promise.all(
      officers.map((token, i) =>
        h.request('POST', `/api/v1/kennisgevingen/${id}/aanhouden`, {
          token,
          body: { reden: `reden van ambtenaar ${i + 1}` },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409))
      expect(a.headers.get('content-type')).toContain('application/problem+json');
    const winner = answers.find((a) => a.status === 200)?.json;
    const stored = (await h.request('GET', `/api/v1/kennisgevingen/${id}`, { token: officers[0] })).json;
    expect(stored.historie.filter((e: { status: string }) => e.status === 'aangehouden')).toEqual([
      winner.historie.at(-1),
    ]);
    const log = await h.rows(sql`SELECT actor_sub FROM audit_log WHERE operation = 'aanhouden' AND object_id = ${id}`);
    expect(log.map((r) => r.actor_sub)).toEqual([winner.historie.at(-1).door]);
  });

  it('closes a signal once: one 200, five 409, one outcome and one logboek entry', async () => {
    const ca = await h.token('ca-ika', undefined, 'ca-markering');
    await h.request('POST', '/api/v1/aandachtsmarkeringen', {
      token: ca,
      body: { burgerservicenummer: '999990469', reden: 'Melding van de politie', geldigTot: '2027-06-30' },
    });
    const caseId = await departure('cc-close', { childBsn: '999990469', declarantBsn: '999990159' });
    const workers = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => h.token('ca-ika', undefined, `medewerker-${i}`)));
    const signal = (await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: workers[0] })).json
      .signalen[0];
    const answers = await Promise.all(
      workers.map((token, i) =>
        h.request('POST', `/api/v1/signalen/${signal.id}/afsluiten`, {
          token,
          body: { uitkomst: 'terecht-actie-ondernomen', toelichting: `afgehandeld door ${i + 1}` },
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const winner = answers.find((a) => a.status === 200)?.json;
    const stored = (await h.request('GET', `/api/v1/signalen/${signal.id}`, { token: workers[0] })).json;
    expect(stored.afhandeling).toEqual(winner.afhandeling);
    const log = await h.rows(
      sql`SELECT actor_sub FROM audit_log WHERE operation LIKE 'afsluiten:%' AND object_id = ${signal.id}`,
    );
    expect(log.map((r) => r.actor_sub)).toEqual([winner.afhandeling.door]);
  });
});
