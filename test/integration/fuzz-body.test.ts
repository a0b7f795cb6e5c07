// No input ever gives a 5xx (contract §5 v2): arbitrary bytes, content types, JSON shapes, nesting and chunked bodies
// sent to every route of the app, by every role and without a token. Every refusal is problem+json.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CE, CE_BATCH, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
let routes: { method: string; path: string; keys: string[] }[];
const tokens: (string | undefined)[] = [undefined];

type Schema = { $ref?: string; properties?: Record<string, unknown>; items?: Schema };

beforeAll(async () => {
  h = await createHarness();
  const doc = (await h.request('GET', '/api/v1/openapi.json')).json as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
    components: { schemas: Record<string, Schema> };
  };
  const resolve = (s: Schema | undefined): Schema | undefined =>
    s?.$ref ? doc.components.schemas[s.$ref.split('/').pop()!] : s;
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const schema = resolve(Object.values(op.requestBody?.content ?? {})[0]?.schema);
      const keys = Object.keys(resolve(schema?.items)?.properties ?? schema?.properties ?? {});
      return { method: method.toUpperCase(), path: `/api/v1${path}`, keys };
    }),
  );
  for (const path of ['/health/live', '/health/ready', '/metrics', '/.well-known/jwks.json'])
    routes.push({ method: 'GET', path, keys: [] });
  for (const role of ['brp-bron', 'gemeente', 'rvdk-iko', 'ca-ika', 'ciko', 'privacy'])
    tokens.push(await h.token(role, ['0363']));
});
afterAll(() => h.close());

const deep = (n: number, open: string, close: string) => open.repeat(n) + close.repeat(n);
const bytesOf = (s: string) => new TextEncoder().encode(s);

/** A body: raw bytes, text, a JSON value, an object with the route's field names, a valid event, or deep nesting. */
const body = (keys: string[]) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ maxLength: 300 }).map(bytesOf),
    fc.jsonValue({ maxDepth: 6 }).map((v) => bytesOf(JSON.stringify(v) ?? '')),
    (keys.length
      ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }))
      : fc.object({ maxDepth: 3 })
    ).map((v) => bytesOf(JSON.stringify(v))),
    fc
      .jsonValue({ maxDepth: 3 })
      .map((d) => bytesOf(JSON.stringify({ ...emigration({ childBsn: '999990378' }), data: d }))),
    fc
      .tuple(fc.integer({ min: 1, max: 100_000 }), fc.boolean())
      .map(([n, arrays]) => bytesOf(arrays ? deep(n, '[', ']') : `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`)),
    fc.string({ maxLength: 50 }).map((s) => bytesOf(`{"burgerservicenummer":${JSON.stringify(s)}`)),
  );

const contentType = fc.oneof(
  fc.constantFrom(
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    CE,
    CE_BATCH,
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/problem+json',
    '',
  ),
  fc.string({ maxLength: 40 }).filter((s) => /^[\t\x20-\x7e]*$/.test(s)),
);

/** Fixed ids in paths: one that exists nowhere, and one that is no id at all. */
const pathOf = (template: string, id: string) => template.replace(/\{[^}]+\}/g, id);

describe('every route, any body', () => {
  it('never answers 5xx, and refuses only with problem+json', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.nat().chain((i) => {
          const r = routes[i % routes.length];
          return fc.record({
            route: fc.constant(r),
            method: fc.oneof(
              { weight: 4, arbitrary: fc.constant(r.method) },
              { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE') },
            ),
            id: fc.constantFrom('00000000-0000-4000-8000-000000000000', 'x', '%7B%7D', '999990378'),
            token: fc.constantFrom(...tokens),
            type: contentType,
            bytes: body(r.keys),
            chunked: fc.boolean(),
          });
        }),
        async ({ route, method, id, token, type, bytes, chunked }) => {
          const headers: Record<string, string> = {};
          if (token) headers.authorization = `Bearer ${token}`;
          if (type !== undefined) headers['content-type'] = type;
          const hasBody = method !== 'GET';
          const init: RequestInit & { duplex?: 'half' } = { method, headers };
          if (hasBody) {
            // Chunked: a stream with no Content-Length, as a client sends it with Transfer-Encoding: chunked.
            init.body = chunked
              ? new Blob([bytes as Uint8Array<ArrayBuffer>]).stream()
              : (bytes as RequestInit['body']);
            if (chunked) init.duplex = 'half';
            // A string body would get a text/plain default; bytes and streams get none, as fuzzed.
          }
          const res = await h.app.request(pathOf(route.path, id), init);
          const text = await res.text();
          const wrong: string[] = [];
          if (res.status >= 500)
            wrong.push(`${method} ${route.path} (${type ?? 'no type'}${chunked ? ', chunked' : ''}): ${res.status}`);
          if (res.status >= 400 && !(res.headers.get('content-type') ?? '').includes('application/problem+json'))
            wrong.push(`${method} ${route.path}: ${res.status} without problem+json`);
          else if (res.status >= 400 && JSON.parse(text).status !== res.status)
            wrong.push(`${method} ${route.path}: problem status differs`);
          failures.push(...wrong);
          return wrong.length === 0;
        },
      ),
      { numRuns: 3000 },
    );
    expect([...new Set(failures)]).toEqual([]);
  }, 300_000);

  it('answers on every JSON route: empty, truncated and too deep 400, no Content-Type 415', async () => {
    const token = (role: string) => h.token(role, ['0363']);
    for (const r of routes.filter((x) => x.keys.length > 0)) {
      const types = r.path.endsWith('/gebeurtenissen') ? [CE] : ['application/json'];
      const caller = await token(
        r.path.includes('gebeurtenissen')
          ? 'brp-bron'
          : r.path.includes('logboek')
            ? 'privacy'
            : r.path.includes('signalen') || r.path.includes('sis-verzoeken') || r.path.includes('aandachts')
              ? 'rvdk-iko'
              : 'gemeente',
      );
      const send = (b: RequestInit['body'], headers: Record<string, string>) =>
        h.app.request(pathOf(r.path, '00000000-0000-4000-8000-000000000000'), {
          method: r.method,
          headers: { authorization: `Bearer ${caller}`, ...headers },
          body: b,
          duplex: 'half',
        } as RequestInit);
      for (const [b, want] of [
        ['', 400],
        ['{"a":', 400],
        [deep(10_000, '[', ']'), 400],
      ] as const) {
        const res = await send(bytesOf(b), { 'content-type': types[0] });
        expect(res.status, `${r.method} ${r.path} ${b.slice(0, 8)}`).toBe(want);
        expect(((await res.json()) as { invalidParams?: { name: string }[] }).invalidParams?.[0]?.name).toBe('(body)');
      }
      expect((await send(bytesOf('{}'), {})).status, `${r.path} without type`).toBe(415);
      expect((await send(new Blob([bytesOf('{"a":1}')]).stream(), {})).status, `${r.path} chunked without type`).toBe(
        415,
      );
    }
  });
});
