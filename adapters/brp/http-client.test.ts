// The Haal Centraal client against the fake BRP server (real HTTP on 127.0.0.1): request shape, chunking,
// refusals, answers outside the spec, and no BSN in any error message. Outages: http-client-outage.test.ts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BrpInvalidAnswerError, CHILD_FIELDS } from '../../src/ports/brp.ts';
import { demoPersons } from './demo-persons.ts';
import { type FakeBrpServer, startFakeBrpServer } from './fake-server.ts';
import {
  CHILD,
  clientOf,
  errorCollector,
  expectNoPersonalData,
  KEY,
  problem,
  scripted,
} from './http-client.fixture.ts';
import {
  BrpRequestError,
  createHaalCentraalClient,
  type HaalCentraalOptions,
  MAX_BSNS_PER_REQUEST,
} from './http-client.ts';

const SECRET_CHILD = '999990494'; // geheimhoudingPersoonsgegevens: true
const UNKNOWN = '999990603';
let server: FakeBrpServer;
/** The rejections; kept, so the last test can check that no message carries a BSN. */
const { errors, caught } = errorCollector();

beforeAll(async () => {
  server = await startFakeBrpServer({ apiKey: KEY });
});
afterAll(() => server.close());
beforeEach(() => {
  server.setAvailable(true);
  server.delayMs = 0;
});

const client = (o: Partial<HaalCentraalOptions> = {}) => clientOf(server, o);
const sentSince = (before: number) => server.requests.slice(before);

describe('the request', () => {
  it('is POST /personen with type, burgerservicenummer, fields, JSON headers and X-API-KEY', async () => {
    const before = server.requests.length;
    const found = await client().personen([CHILD], ['burgerservicenummer', 'naam', 'geboorte']);
    expect(found).toHaveLength(1);
    expect(Object.keys(found[0]).sort()).toEqual(['burgerservicenummer', 'geboorte', 'naam']);

    const [sent] = sentSince(before);
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [CHILD],
      fields: ['burgerservicenummer', 'naam', 'geboorte'],
    });
    expect(sent.headers['x-api-key']).toBe(KEY);
    expect(sent.headers['content-type']).toMatch(/^application\/json/);
    expect(sent.headers.accept).toBe('application/json');
  });

  it('leaves out fields the BRP delivers unasked (it refuses them), and still gets geheimhouding back', async () => {
    const before = server.requests.length;
    const [child] = await client().personen([SECRET_CHILD], CHILD_FIELDS);
    const [sent] = sentSince(before);
    expect(sent.status).toBe(200);
    expect((sent.body as { fields: string[] }).fields).not.toContain('geheimhoudingPersoonsgegevens');
    expect(child.geheimhoudingPersoonsgegevens).toBe(true);
    expect(child.gezag?.[0].type).toBe('GezamenlijkOuderlijkGezag');
  });

  it('sends no X-API-KEY when none is configured', async () => {
    const open = await startFakeBrpServer();
    try {
      await createHaalCentraalClient({ baseUrl: `${open.url}/` }).personen([CHILD], ['naam']);
      expect(open.requests[0].headers['x-api-key']).toBeUndefined();
      expect(open.requests[0].status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('leaves unknown BSNs out of the answer', async () => {
    const found = await client().personen([CHILD, UNKNOWN], ['burgerservicenummer']);
    expect(found.map((p) => p.burgerservicenummer)).toEqual([CHILD]);
  });

  it(`sends 45 BSNs in chunks of at most ${MAX_BSNS_PER_REQUEST}, the spec's maximum, in order`, async () => {
    const bsns = demoPersons.slice(0, 45).map((p) => p.burgerservicenummer);
    const before = server.requests.length;
    const found = await client().personen(bsns, CHILD_FIELDS);
    expect(found.map((p) => p.burgerservicenummer)).toEqual(bsns);
    const chunks = sentSince(before).map((r) => (r.body as { burgerservicenummer: string[] }).burgerservicenummer);
    expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
    expect(chunks.flat()).toEqual(bsns);
  });

  it('asks for a BSN once when it is given twice, and makes no request for none', async () => {
    const before = server.requests.length;
    expect(await client().personen([], ['naam'])).toEqual([]);
    expect(sentSince(before)).toHaveLength(0);
    await client().personen([CHILD, CHILD], ['naam']);
    expect((sentSince(before)[0].body as { burgerservicenummer: string[] }).burgerservicenummer).toEqual([CHILD]);
  });
});

describe('a refused request', () => {
  it('401 (wrong or missing key) is a BrpRequestError, not retried', async () => {
    const before = server.requests.length;
    const wrong = await caught(client({ apiKey: 'wrong' }).personen([CHILD], ['burgerservicenummer']));
    expect(wrong).toBeInstanceOf(BrpRequestError);
    expect(wrong).toMatchObject({ status: 401, code: 'authentication' });
    expect(sentSince(before).map((r) => r.status)).toEqual([401]);
    const missing = await caught(client({ apiKey: undefined }).personen([CHILD], ['burgerservicenummer']));
    expect(missing).toBeInstanceOf(BrpRequestError);
  });

  it('400 (a field Persoon does not have) is a BrpRequestError naming the parameter, not retried', async () => {
    const before = server.requests.length;
    const err = await caught(client().personen([CHILD], ['naam', 'lievelingskleur']));
    expect(err).toBeInstanceOf(BrpRequestError);
    expect(err).toMatchObject({ status: 400, code: 'paramsValidation' });
    expect(err.message).toContain('fields.1');
    expect(sentSince(before)).toHaveLength(1);
  });

  it('never repeats a BSN the BRP echoes in its problem details', async () => {
    const echo = problem(400, {
      code: CHILD,
      title: `onbekend ${CHILD}`,
      invalidParams: [{ name: `burgerservicenummer.${CHILD}`, reason: CHILD }],
    });
    const err = await caught(client({ fetch: scripted(echo) }).personen([CHILD], ['naam']));
    expect(err).toBeInstanceOf(BrpRequestError);
    expect(err.message).not.toContain(CHILD);
    expect((err as BrpRequestError).code).toBeUndefined();
  });
});

describe('an answer outside the spec (BrpInvalidAnswerError, not an outage)', () => {
  afterEach(() => {
    server.corruptAnswer = null;
  });
  /** Calls the client against the fake server answering `corrupt`, and counts the requests it made. */
  async function against(corrupt: NonNullable<FakeBrpServer['corruptAnswer']>, bsns = [CHILD]) {
    server.corruptAnswer = corrupt;
    const before = server.requests.length;
    const err = await caught(client().personen(bsns, CHILD_FIELDS));
    return { err: err as BrpInvalidAnswerError, requests: server.requests.length - before };
  }

  it('names the field that failed and what was expected, once, without retrying', async () => {
    const { err, requests } = await against((a) => ({
      ...a,
      personen: a.personen.map((p) => ({ ...p, geboorte: { datum: { type: 'Datum', datum: '2016-13-45' } } })),
    }));
    expect(err).toBeInstanceOf(BrpInvalidAnswerError);
    expect(err.fields).toEqual(['personen[].geboorte.datum.datum']);
    const expected =
      'Het antwoord van de BRP voldoet niet aan de specificatie: personen[].geboorte.datum.datum (ongeldig formaat)';
    expect(err.toelichting.slice(0, expected.length)).toBe(expected);
    expect(requests).toBe(1);
  });

  it('tells a missing field from one of the wrong type', async () => {
    const missing = await against((a) => ({
      ...a,
      personen: a.personen.map(({ burgerservicenummer: _, ...rest }) => rest),
    }));
    expect(missing.err.toelichting).toContain('personen[].burgerservicenummer (ontbreekt)');
    const wrong = await against((a) => ({ ...a, personen: a.personen.map((p) => ({ ...p, gezag: 'gezamenlijk' })) }));
    expect(wrong.err.toelichting).toContain('personen[].gezag (verwacht array)');
    const shape = await against(() => ({ personen: 'none' }));
    expect(shape.err.fields).toEqual(['personen']);
  });

  it('that is not JSON is a BrpInvalidAnswerError', async () => {
    const { err } = await against(() => '<html>proxy error</html>');
    expect(err).toBeInstanceOf(BrpInvalidAnswerError);
    expect(err.message).toMatch(/not JSON/);
  });

  const unasked =
    'holding a person that was not asked for is a BrpInvalidAnswerError, and that person is not handed on';
  it(unasked, async () => {
    const { err } = await against((a) => ({
      ...a,
      personen: [...a.personen, { ...a.personen[0], burgerservicenummer: '999990020' }],
    }));
    expect(err).toBeInstanceOf(BrpInvalidAnswerError);
    expect(err.fields).toEqual(['personen[].burgerservicenummer']);
  });

  it('lists at most three fields, and never a value or a BSN used as a key', async () => {
    const { err } = await against((a) => ({
      ...a,
      personen: a.personen.map((p) => ({
        ...p,
        burgerservicenummer: 'Jansen',
        naam: 1,
        geboorte: 2,
        gezag: 3,
        [CHILD]: 4,
      })),
    }));
    expect(err.fields).toHaveLength(3);
    expect(err.toelichting).toMatch(/en 1 meer/);
    expect(`${err.message} ${err.toelichting}`).not.toMatch(/Jansen|\d{9}/);
  });
});

describe('error messages', () => {
  it('never hold a 9-digit number (a BSN) nor a demo name', () => {
    expectNoPersonalData(errors, 10);
  });
});
