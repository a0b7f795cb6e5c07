// A local HTTP server speaking the Haal Centraal BRP Personen API (POST /personen, RaadpleegMetBurgerservicenummer)
// over the demo persons: for the client's tests, for outage tests, and for developers (npm run fake-brp).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrpPersoon } from '../../schemas/brp.ts';
import { demoPersons } from './demo-persons.ts';
import { selectFields } from './fake.ts';

export interface FakeBrpServer {
  url: string;
  requests: { body: unknown; apiKey?: string }[];
  setAvailable(up: boolean): void;
  delayMs: number;
  close(): Promise<void>;
}

const problem = (status: number, title: string) => JSON.stringify({ type: 'about:blank', title, status });

export async function startFakeBrpServer(o: { port?: number; persons?: BrpPersoon[]; apiKey?: string } = {}): Promise<FakeBrpServer> {
  const persons = new Map((o.persons ?? demoPersons).map((p) => [p.burgerservicenummer, p]));
  let up = true;
  const state: FakeBrpServer = {
    url: '',
    requests: [],
    delayMs: 0,
    setAvailable: (v) => void (up = v),
    close: () => new Promise((r) => server.close(() => r())),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const send = (status: number, body: string, type = 'application/json') => res.writeHead(status, { 'content-type': type }).end(body);
      if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
      if (req.method !== 'POST' || req.url !== '/personen') return send(404, problem(404, 'Not Found'), 'application/problem+json');
      if (!up) return send(503, problem(503, 'Service Unavailable'), 'application/problem+json');
      const key = req.headers['x-api-key'] as string | undefined;
      if (o.apiKey && key !== o.apiKey) return send(401, problem(401, 'Unauthorized'), 'application/problem+json');
      let body: { type?: string; burgerservicenummer?: unknown; fields?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, problem(400, 'Bad Request'), 'application/problem+json');
      }
      state.requests.push({ body, apiKey: key });
      const bsns = body.burgerservicenummer;
      const fields = body.fields;
      const valid = body.type === 'RaadpleegMetBurgerservicenummer' && Array.isArray(bsns) && bsns.length >= 1 && bsns.length <= 20 && bsns.every((b) => typeof b === 'string' && /^[0-9]{9}$/.test(b)) && Array.isArray(fields) && fields.length >= 1;
      if (!valid) return send(400, problem(400, 'Bad Request'), 'application/problem+json');
      const found = (bsns as string[]).flatMap((b) => (persons.has(b) ? [selectFields(persons.get(b)!, fields as string[])] : []));
      send(200, JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: found }));
    });
  });
  await new Promise<void>((r) => server.listen(o.port ?? 0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
