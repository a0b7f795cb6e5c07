// The one JSON body reader: what it accepts, and the problem it answers with otherwise.

import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { jsonBody, nestsDeeperThan, readJsonBody } from './body.ts';
import { ApiError } from './problem.ts';

const request = (body: RequestInit['body'], headers: Record<string, string> = {}) =>
  new Request('http://x/api', {
    method: 'POST',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
const json = { 'content-type': 'application/json' };

/** The ApiError readJsonBody throws, as status and (body) reason. */
async function refusal(req: Request, o = {}) {
  try {
    await readJsonBody(req, o);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const reason = (e.extra.invalidParams as { name: string; reason: string }[] | undefined)?.[0];
    return { status: e.status, reason: reason?.reason, name: reason?.name };
  }
  throw new Error('accepted');
}

const chunked = (text: string, pieces = 3) =>
  new ReadableStream<Uint8Array>({
    start(ctrl) {
      const bytes = new TextEncoder().encode(text);
      const size = Math.ceil(bytes.length / pieces) || 1;
      for (let i = 0; i < bytes.length; i += size) ctrl.enqueue(bytes.slice(i, i + size));
      ctrl.close();
    },
  });

describe('readJsonBody', () => {
  it('reads JSON of an accepted media type, parameters allowed', async () => {
    expect(await readJsonBody(request('{"a":[1,{"b":null}]}', json))).toEqual({
      present: true,
      text: '{"a":[1,{"b":null}]}',
      value: { a: [1, { b: null }] },
    });
    expect(await readJsonBody(request('[]', { 'content-type': 'Application/JSON; charset=utf-8' }))).toMatchObject({
      value: [],
    });
    expect(
      await readJsonBody(request('{}', { 'content-type': 'application/cloudevents+json' }), {
        mediaTypes: ['application/cloudevents+json'],
      }),
    ).toMatchObject({ value: {} });
  });

  it('finds no body when there are no bytes and no Content-Type', async () => {
    expect(await readJsonBody(request(null))).toEqual({ present: false });
    expect(await readJsonBody(request(''))).toEqual({ present: false });
    expect(await readJsonBody(request(chunked('')))).toEqual({ present: false });
  });

  it('answers 400 naming (body) for an empty, truncated, non-UTF-8 or invalid body', async () => {
    expect(await refusal(request('', json))).toEqual({ status: 400, name: '(body)', reason: 'ontbreekt' });
    expect(await refusal(request('{"a":', json))).toEqual({ status: 400, name: '(body)', reason: 'geen geldige JSON' });
    expect(await refusal(request("{'a':1}", json))).toMatchObject({ status: 400, reason: 'geen geldige JSON' });
    expect(await refusal(request(new Uint8Array([0x7b, 0xff, 0x7d]), json))).toMatchObject({
      status: 400,
      reason: 'geen geldige UTF-8',
    });
  });

  it('answers 400 for nesting deeper than the limit, before parsing', async () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(await readJsonBody(request(deep(32), json))).toMatchObject({ present: true });
    expect(await refusal(request(deep(33), json))).toMatchObject({
      status: 400,
      reason: 'te diep genest (meer dan 32 niveaus)',
    });
    expect(await refusal(request(deep(1_000_000), json))).toMatchObject({ status: 400 });
    expect(await refusal(request(deep(3), json), { maxDepth: 2 })).toMatchObject({ status: 400 });
  });

  it('answers 415 to a body without or with another Content-Type, chunked bodies included', async () => {
    expect(await refusal(request('{}'))).toMatchObject({ status: 415 });
    expect(await refusal(request(chunked('{"a":1}')))).toMatchObject({ status: 415 });
    expect(await refusal(request('{}', { 'content-type': 'text/plain' }))).toMatchObject({ status: 415 });
    expect(await refusal(request('{}', { 'content-type': 'application/cloudevents+json' }))).toMatchObject({
      status: 415,
    });
  });

  it('answers 413 above the size limit, by Content-Length or by counting a chunked body', async () => {
    expect(await refusal(request('[1,2,3]', { ...json, 'content-length': '2000' }), { maxBytes: 1000 })).toMatchObject({
      status: 413,
    });
    expect(await refusal(request(chunked(`[${'1,'.repeat(600)}1]`, 10), json), { maxBytes: 1000 })).toMatchObject({
      status: 413,
    });
    expect(await readJsonBody(request(chunked('[1]'), json), { maxBytes: 3 })).toMatchObject({ value: [1] });
  });
});

describe('nestsDeeperThan', () => {
  it('counts brackets outside strings only, escaped quotes included', () => {
    expect(nestsDeeperThan('{"a":"[[[[\\"[[["}', 1)).toBe(false);
    expect(nestsDeeperThan('[[1]]', 1)).toBe(true);
  });

  it('agrees with the depth of every parsed JSON value', () => {
    const depthOf = (v: unknown): number =>
      v && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0;
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (v, max) => {
        expect(nestsDeeperThan(JSON.stringify(v), max)).toBe(depthOf(v) > max);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('jsonBody middleware', () => {
  const app = new Hono();
  app.onError((e) =>
    e instanceof ApiError ? new Response(null, { status: e.status }) : new Response(null, { status: 500 }),
  );
  app.use(
    '*',
    jsonBody({}, (c) => (c.req.path === '/ce' ? ['application/cloudevents+json'] : undefined)),
  );
  app.post('/json', async (c) => c.json({ json: await c.req.json(), text: await c.req.text() }));
  app.post('/ce', async (c) => c.json(await c.req.json()));
  app.post('/none', (c) => c.body(null, 204));

  it('hands the checked body to c.req.json() and c.req.text()', async () => {
    const res = await app.request('/json', { method: 'POST', headers: json, body: '{ "a" : 1 }' });
    expect(await res.json()).toEqual({ json: { a: 1 }, text: '{ "a" : 1 }' });
  });

  it('applies the media types of the route', async () => {
    expect((await app.request('/ce', { method: 'POST', headers: json, body: '{}' })).status).toBe(415);
    expect(
      (
        await app.request('/ce', {
          method: 'POST',
          headers: { 'content-type': 'application/cloudevents+json' },
          body: '{}',
        })
      ).status,
    ).toBe(200);
  });

  it('lets a request without a body through, and stops a bad one before the handler', async () => {
    expect((await app.request('/none', { method: 'POST' })).status).toBe(204);
    expect((await app.request('/none', { method: 'POST', headers: json, body: '{' })).status).toBe(400);
  });
});
