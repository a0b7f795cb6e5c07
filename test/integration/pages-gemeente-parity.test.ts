// Issue 12 point 2: a page action and the same API action are one application function. On two fresh notices
// (siblings with the same other parent, so the rows can match), the same action through a page and through the
// API leaves identical stored notifications (ids and times aside) and identical logboek entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { sql } from '../../src/store/sql.ts';
import { CE, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';
import { pageClient } from '../helpers/page-client.ts';

let h: Harness;
let officer: string;
let brp: string;
let run = 0;
const OFFICER = 'dev-gemeente'; // the dev login's subject for role gemeente: page and API act as the same person

beforeAll(async () => {
  h = await createHarness();
  officer = await h.token('gemeente', ['0363'], OFFICER);
  brp = await h.token('brp-bron', ['0363']);
});
afterAll(() => h?.close());

/** Two notices to the same other parent (Zeger Koster), for two of his children, taken in and assessed. */
async function twoFreshNotices(): Promise<[string, string]> {
  run++;
  const ids: string[] = [];
  for (const key of ['broers-en-zussen-1', 'broers-en-zussen-2']) {
    const s = DEMO_SCENARIOS.find((x) => x.key === key)!;
    const event = emigration({
      id: `pariteit-${run}-${key}`,
      childBsn: s.childBsn,
      declarantBsn: s.declarantBsn,
      date: s.departureDate,
      countryCode: s.countryCode,
    });
    const res = await h.request('POST', '/api/v1/gebeurtenissen', { token: brp, contentType: CE, body: event });
    expect(res.status).toBe(202);
    await h.drain();
    const c = await h.request('GET', `/api/v1/vertrekmeldingen/${res.json.id}`, { token: officer });
    ids.push(c.json.kennisgevingen.find((k: { status: string }) => k.status === 'te-beoordelen').id);
  }
  return ids as [string, string];
}

/**
 * The stored notification without what must differ: ids, its case, its reference, every time, and the version
 * counter (a sibling's re-assessment may have saved one notice once more; `versionOf` checks each action adds one).
 */
async function storedNotice(id: string) {
  const [row] = await h.rows<Record<string, unknown>>(sql`SELECT * FROM notifications WHERE id = ${id}`);
  const { id: _id, case_id, reference, created_at, updated_at, version, ...rest } = row;
  const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  const history = (parse(rest.history) as { op: string }[]).map(({ op: _op, ...entry }) => entry);
  return {
    ...rest,
    status: String(rest.status),
    history,
    recipient: parse(rest.recipient),
    hold_reasons: parse(rest.hold_reasons),
  };
}

const versionOf = async (id: string) =>
  Number((await h.rows<{ version: number }>(sql`SELECT version FROM notifications WHERE id = ${id}`))[0].version);

const lastSeq = async () => Number((await h.rows<{ n: number }>(sql`SELECT max(seq) AS n FROM audit_log`))[0].n ?? 0);

/**
 * The logboek entries on notice `id` written after `seq`, with what identifies the kind of entry (not its time or
 * object id). Per notice, since jobs of the other notice may write at the same time (pg-boss works in the background).
 */
async function entriesAfter(seq: number, id: string) {
  const rows = await h.rows<Record<string, unknown>>(sql`SELECT operation, object_type, purpose, outcome, actor_role,
    actor_sub, actor_org, subject_pseudonym FROM audit_log WHERE seq > ${seq} AND object_id = ${id} ORDER BY seq`);
  return rows;
}

async function signedInPage() {
  const p = pageClient(h.app);
  await p.loginAs('gemeente', '0363');
  await p.get('/werkvoorraad'); // the page the officer acts from; its CSRF token goes with the form
  return p;
}

describe('page and API share the application layer', () => {
  it('holds a notice with a reason through the page exactly as through the API', async () => {
    const [viaPage, viaApi] = await twoFreshNotices();
    expect(await storedNotice(viaPage)).toEqual(await storedNotice(viaApi));
    const p = await signedInPage();
    const reason = 'Eerst nagaan of de vader op dit adres woont.';
    const versions = [await versionOf(viaPage), await versionOf(viaApi)];

    const beforePage = await lastSeq();
    const page = await p.post(`/kennisgevingen/${viaPage}/aanhouden`, { aanhoudreden: reason });
    expect([page.status, page.location]).toEqual([303, `/kennisgevingen/${viaPage}`]);
    const pageEntries = await entriesAfter(beforePage, viaPage);

    const beforeApi = await lastSeq();
    const api = await h.request('POST', `/api/v1/kennisgevingen/${viaApi}/aanhouden`, {
      token: officer,
      body: { reden: reason },
    });
    expect(api.status).toBe(200);
    const apiEntries = await entriesAfter(beforeApi, viaApi);

    const stored = await storedNotice(viaPage);
    expect(stored).toMatchObject({ status: 'aangehouden' });
    expect(stored.history.at(-1)).toEqual({ status: 'aangehouden', door: OFFICER, reden: reason });
    expect(stored).toEqual(await storedNotice(viaApi));
    expect([await versionOf(viaPage), await versionOf(viaApi)]).toEqual(versions.map((v) => v + 1));
    expect(pageEntries).toHaveLength(1);
    expect(pageEntries[0]).toMatchObject({
      operation: 'aanhouden',
      object_type: 'kennisgeving',
      actor_role: 'gemeente',
    });
    expect(pageEntries).toEqual(apiEntries);
  });

  it('sends a notice through the page exactly as through the API, letter job and delivery included', async () => {
    const [viaPage, viaApi] = await twoFreshNotices();
    const p = await signedInPage();
    const beforePage = await lastSeq();
    expect((await p.post(`/kennisgevingen/${viaPage}/verzenden`)).status).toBe(303);
    const beforeApi = await lastSeq();
    expect((await h.request('POST', `/api/v1/kennisgevingen/${viaApi}/verzenden`, { token: officer })).status).toBe(
      200,
    );
    await h.drain();
    // The officer's entry and those of the delivery it started, on each notice.
    const pageEntries = await entriesAfter(beforePage, viaPage);
    const apiEntries = await entriesAfter(beforeApi, viaApi);
    expect(pageEntries.map((e) => e.operation)).toContain('verzenden');
    expect(pageEntries).toEqual(apiEntries);
    const stored = await storedNotice(viaPage);
    expect(stored.status).toBe('bezorgd');
    expect(stored).toEqual(await storedNotice(viaApi));
  });

  it('refuses the same invalid reason on both sides and changes nothing', async () => {
    const [viaPage, viaApi] = await twoFreshNotices();
    const p = await signedInPage();
    const before = await storedNotice(viaPage);
    const versions = [await versionOf(viaPage), await versionOf(viaApi)];
    const seq = await lastSeq();
    const page = await p.post(`/kennisgevingen/${viaPage}/aanhouden`, { aanhoudreden: ' x ' });
    const api = await h.request('POST', `/api/v1/kennisgevingen/${viaApi}/aanhouden`, {
      token: officer,
      body: { reden: ' x ' },
    });
    expect([page.status, api.status]).toEqual([400, 400]);
    expect(page.html).toContain('Reden voor aanhouden: geef een reden (minimaal 3 tekens).');
    expect(api.json.invalidParams[0].reason).toBe('geef een reden (minimaal 3 tekens)');
    expect(await storedNotice(viaPage)).toEqual(before);
    expect(await storedNotice(viaApi)).toEqual(before);
    expect([await versionOf(viaPage), await versionOf(viaApi)]).toEqual(versions);
    // The page showed the notice again (a read); the refused input itself left no action in the logboek.
    const operations = [...(await entriesAfter(seq, viaPage)), ...(await entriesAfter(seq, viaApi))].map(
      (e) => e.operation,
    );
    expect(operations).not.toContain('aanhouden');
  });
});
