// The fake BRP server refuses and answers as the BRP Personen API v2.7 spec says, so tests against it mean something.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeBrpServer, startFakeBrpServer } from './fake-server.ts';

const KEY = 'test-key';
const CHILD = '999990378';
let server: FakeBrpServer;

beforeAll(async () => {
  server = await startFakeBrpServer({ apiKey: KEY });
});
afterAll(() => server.close());
beforeEach(() => server.setAvailable(true));

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/personen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const query = (o: object = {}) => ({
  type: 'RaadpleegMetBurgerservicenummer',
  burgerservicenummer: [CHILD],
  fields: ['naam'],
  ...o,
});

/** The problem+json body; invalidParams only on 400. */
interface Problem {
  status: number;
  code: string;
  title: string;
  invalidParams?: { name: string; reason: string }[];
}

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const p = (await res.json()) as Problem;
  expect(p).toMatchObject({ status, code });
  expect(p.title).toMatch(/^[a-zA-Z0-9À-ž .-]{1,80}$/); // Foutbericht.title pattern
  return p;
}

describe('fake BRP server', () => {
  it('answers RaadpleegMetBurgerservicenummer with the requested fields of the persons found', async () => {
    const res = await post(query({ burgerservicenummer: [CHILD, '999990603'], fields: ['naam', 'geboorte.datum'] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { type: string; personen: Record<string, unknown>[] };
    expect(body.type).toBe('RaadpleegMetBurgerservicenummer');
    expect(body.personen).toHaveLength(1);
    expect(Object.keys(body.personen[0]).sort()).toEqual(['burgerservicenummer', 'geboorte', 'naam']);
  });

  it('answers a field path with that sub-field only, and a date asked by any sub-path whole', async () => {
    const res = await post(query({ fields: ['naam.volledigeNaam', 'geboorte.datum.langFormaat'] }));
    const [p] = ((await res.json()) as { personen: Record<string, Record<string, unknown>>[] }).personen;
    expect(Object.keys(p.naam)).toEqual(['volledigeNaam']);
    expect(Object.keys(p.geboorte)).toEqual(['datum']);
    expect(Object.keys(p.geboorte.datum as object).sort()).toEqual(['datum', 'langFormaat', 'type']);
  });

  it('always adds geheimhoudingPersoonsgegevens when set, as the BRP does', async () => {
    const res = await post(query({ burgerservicenummer: ['999990494'] }));
    const body = (await res.json()) as { personen: Record<string, unknown>[] };
    expect(Object.keys(body.personen[0]).sort()).toEqual([
      'burgerservicenummer',
      'geheimhoudingPersoonsgegevens',
      'naam',
    ]);
  });

  it('answers a body outside the spec with 400 problem+json, per parameter, echoing no value', async () => {
    const bad: [unknown, string][] = [
      ['{not json', 'body'],
      [query({ type: 'ZoekMetPostcodeEnHuisnummer' }), 'type'],
      [query({ burgerservicenummer: [] }), 'burgerservicenummer'],
      [query({ burgerservicenummer: Array.from({ length: 21 }, () => CHILD) }), 'burgerservicenummer'],
      [query({ burgerservicenummer: ['12345'] }), 'burgerservicenummer.0'],
      [query({ fields: [] }), 'fields'],
      [query({ fields: undefined }), 'fields'],
      // Delivered automatically: may not be asked.
      [query({ fields: ['naam', 'geheimhoudingPersoonsgegevens'] }), 'fields.1'],
      [query({ fields: ['lievelingskleur'] }), 'fields.0'],
      // Paths are exact (RvIG features): an unknown sub-field, the wrong case, or a sub-field of gezag is refused.
      [query({ fields: ['naam.volledigeNaam', 'adressering.adresregels'] }), 'fields.1'],
      [query({ fields: ['Naam'] }), 'fields.0'],
      [query({ fields: ['gezag.ouders'] }), 'fields.0'],
      [query({ fields: ['naam.inOnderzoek'] }), 'fields.0'],
    ];
    for (const [body, name] of bad) {
      const p = await expectProblem(await post(body), 400, 'paramsValidation');
      expect(p.invalidParams?.map((i) => i.name)).toContain(name);
      expect(JSON.stringify(p)).not.toMatch(/\d{9}/);
    }
  });

  it('answers 401 without or with a wrong X-API-KEY, with a WWW-Authenticate challenge', async () => {
    const missing = await post(query(), { 'x-api-key': '' });
    expect(missing.headers.get('www-authenticate')).toBeTruthy();
    await expectProblem(missing, 401, 'authentication');
    await expectProblem(await post(query(), { 'x-api-key': 'nope' }), 401, 'authentication');
  });

  it('answers 415 to a body that is not application/json and 406 to an Accept it cannot serve', async () => {
    await expectProblem(await post(query(), { 'content-type': 'text/plain' }), 415, 'unsupported');
    await expectProblem(await post(query(), { accept: 'application/xml' }), 406, 'notAcceptable');
  });

  it('answers 503 problem+json while unavailable, and records every request with its status', async () => {
    server.setAvailable(false);
    const before = server.requests.length;
    await expectProblem(await post(query()), 503, 'notAvailable');
    expect(server.requests.slice(before)).toMatchObject([{ status: 503, body: query() }]);
  });
});
