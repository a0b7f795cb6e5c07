// A local HTTP server speaking the Haal Centraal BRP Personen API v2 (POST /personen, RaadpleegMetBurgerservicenummer)
// over the demo persons and the synthetic register: for the client's tests, for outage tests against the real process,
// and for developers and the benchmark (npm run fake-brp). Refuses what the real BRP refuses, with its problem+json
// codes. Never logs: requests carry BSNs.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrpPersoon } from '../../schemas/brp.ts';
import { demoPersons } from './demo-persons.ts';
import { selectFields } from './fake.ts';
import { QUERY_TYPE, RaadpleegMetBurgerservicenummerQuery } from './personen-spec.ts';
import { syntheticPerson } from './synthetic-persons.ts';

/** One request to the server as received (the refused ones too), with the status it was answered with. */
export interface FakeBrpRequest {
  /** The parsed JSON body; undefined when it was not JSON. */
  body: unknown;
  apiKey?: string;
  headers: IncomingHttpHeaders;
  status: number;
}

export interface FakeBrpServer {
  /** Base URL to use as BRP_API_URL, e.g. http://127.0.0.1:8081 (the client appends /personen). */
  url: string;
  /** The requests received, when `recordRequests` is on (the default). */
  requests: FakeBrpRequest[];
  /** Requests answered with 200, counted also when they are not recorded. */
  answered: number;
  /** false: every valid request gets 503, as when the BRP source is down. */
  setAvailable(up: boolean): void;
  /** Delay before every answer, for timeout tests. */
  delayMs: number;
  /**
   * When set, a 200 answer's body is what this returns instead (a string as is, anything else as JSON): for tests
   * of answers outside the spec. null (default) answers as the spec says.
   */
  corruptAnswer: ((answer: { type: string; personen: BrpPersoon[] }) => unknown) | null;
  close(): Promise<void>;
}

export interface FakeBrpServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  persons?: BrpPersoon[];
  /** When set, X-API-KEY must equal it (401 otherwise). */
  apiKey?: string;
  /** Also answer for the synthetic register. Default: only when `persons` is left to the demo register. */
  synthetic?: boolean;
  /** false: keep no request in memory (a long-running server under load). Default true. */
  recordRequests?: boolean;
}

const MAX_BODY = 64 * 1024;

// Titles and codes as in the spec's example responses.
const PROBLEMS: Record<number, { title: string; code: string }> = {
  400: { title: 'Ten minste een parameter is niet correct', code: 'paramsValidation' },
  401: { title: 'Niet correct geauthenticeerd.', code: 'authentication' },
  404: { title: 'Opgevraagde resource bestaat niet.', code: 'notFound' },
  405: { title: 'Methode niet toegestaan.', code: 'methodNotAllowed' },
  406: { title: 'Gevraagde contenttype wordt niet ondersteund.', code: 'notAcceptable' },
  413: { title: 'Request is te groot.', code: 'payloadTooLarge' },
  415: { title: 'Unsupported Media Type', code: 'unsupported' },
  503: { title: 'Bronservice BRP is tijdelijk niet beschikbaar.', code: 'notAvailable' },
};

interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

function sendProblem(res: ServerResponse, status: number, invalidParams?: InvalidParam[]) {
  const { title, code } = PROBLEMS[status];
  const body = {
    type: `https://www.rfc-editor.org/rfc/rfc9110#status.${status}`,
    title,
    status,
    instance: '/personen',
    code,
    ...(invalidParams ? { invalidParams } : {}),
  };
  const headers = {
    'content-type': 'application/problem+json',
    ...(status === 401 ? { 'www-authenticate': 'ApiKey' } : {}),
  };
  res.writeHead(status, headers).end(JSON.stringify(body));
}

/** What is wrong with the body, per parameter, without echoing a value (it may be a BSN). */
function invalidParams(body: unknown): InvalidParam[] | null {
  const parsed = RaadpleegMetBurgerservicenummerQuery.safeParse(body);
  if (parsed.success) return null;
  return parsed.error.issues.map((i) => ({
    name: i.path.length ? i.path.join('.') : 'body',
    code: i.code.replace(/[^a-zA-Z0-9]/g, ''),
    reason: i.message.replace(/[^a-zA-Z0-9., ]/g, ' ').slice(0, 80),
  }));
}

const accepts = (accept: string | undefined) => !accept || /application\/json|application\/\*|\*\/\*/.test(accept);

/** The body as JSON; undefined when it is too large or not JSON. */
function parseBody(chunks: Buffer[], size: number): unknown {
  if (size > MAX_BODY) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

interface Refusal {
  status: number;
  params?: InvalidParam[];
}

interface Received {
  headers: IncomingHttpHeaders;
  key: string | undefined;
  size: number;
  body: unknown;
}

/** Why a request to POST /personen is refused, or null when it gets an answer. */
function refusalOf(r: Received, apiKey: string | undefined, up: boolean): Refusal | null {
  // The order of the real gateway: who are you, can we talk, what do you ask, can the source answer.
  if (apiKey !== undefined && r.key !== apiKey) return { status: 401 };
  if (!/^application\/json\b/i.test(r.headers['content-type'] ?? '')) return { status: 415 };
  if (!accepts(r.headers.accept)) return { status: 406 };
  if (r.size > MAX_BODY) return { status: 413 };
  if (r.body === undefined)
    return { status: 400, params: [{ name: 'body', code: 'json', reason: 'body is not JSON' }] };
  const invalid = invalidParams(r.body);
  if (invalid) return { status: 400, params: invalid };
  if (!up) return { status: 503 };
  return null;
}

/** The 200 body: the persons found, or what `corruptAnswer` makes of them. */
function answerText(
  q: RaadpleegMetBurgerservicenummerQuery,
  find: (bsn: string) => BrpPersoon | undefined,
  corruptAnswer: FakeBrpServer['corruptAnswer'],
): string {
  const personen = q.burgerservicenummer.flatMap((b) => {
    const p = find(b);
    return p ? [selectFields(p, q.fields)] : [];
  });
  const answer = { type: QUERY_TYPE, personen };
  const corrupted = corruptAnswer?.(answer);
  const replaced = typeof corrupted === 'string' ? corrupted : JSON.stringify(corrupted);
  return corrupted === undefined ? JSON.stringify(answer) : replaced;
}

export async function startFakeBrpServer(o: FakeBrpServerOptions = {}): Promise<FakeBrpServer> {
  const { port = 0, persons = demoPersons, apiKey, recordRequests = true } = o;
  const synthetic = o.synthetic ?? persons === demoPersons;
  const byBsn = new Map(persons.map((p) => [p.burgerservicenummer, p]));
  const find = (b: string) => byBsn.get(b) ?? (synthetic ? syntheticPerson(b) : undefined);
  let up = true;

  /** One complete request to /personen: recorded, then refused or answered. */
  const personen = (req: IncomingMessage, res: ServerResponse, chunks: Buffer[], size: number) => {
    const key = typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined;
    const body = parseBody(chunks, size);
    const record: FakeBrpRequest = { body, apiKey: key, headers: { ...req.headers }, status: 0 };
    if (recordRequests) state.requests.push(record);
    const refusal = refusalOf({ headers: req.headers, key, size, body }, apiKey, up);
    if (refusal) {
      record.status = refusal.status;
      return sendProblem(res, refusal.status, refusal.params);
    }
    record.status = 200;
    state.answered++;
    const text = answerText(body as RaadpleegMetBurgerservicenummerQuery, find, state.corruptAnswer);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(text);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('error', () => res.destroy());
    req.on('end', async () => {
      if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
      if (res.destroyed || res.writableEnded) return; // the client gave up (timeout)
      if ((req.url ?? '').split('?')[0] !== '/personen') return sendProblem(res, 404);
      if (req.method !== 'POST') return sendProblem(res, 405);
      personen(req, res, chunks, size);
    });
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  const state: FakeBrpServer = {
    url: '',
    requests: [],
    answered: 0,
    delayMs: 0,
    corruptAnswer: null,
    setAvailable(v) {
      up = v;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
