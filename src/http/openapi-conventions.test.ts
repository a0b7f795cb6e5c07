import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declareConventions, OPENAPI_DOC_TAG } from './openapi-conventions.ts';

const conventions = {
  version: '1.2.3',
  serverUrl: 'https://api.example.org/api/v1',
  tags: { Signalen: 'Signalen aan de ketenpartners' },
};

const response = fc.record({ description: fc.string() }, { requiredKeys: ['description'] });
const operation = fc.record({
  tags: fc.array(fc.constantFrom('Signalen', 'Onbekend'), { maxLength: 2 }),
  responses: fc.dictionary(fc.constantFrom('200', '201', '204', '400', '404', '409'), response),
});
const pathItem = fc.dictionary(fc.constantFrom('get', 'post', 'put', 'patch', 'delete'), operation);
const doc = fc.record({ paths: fc.dictionary(fc.stringMatching(/^\/[a-z]{1,8}$/), pathItem) });

const responsesOf = (d: { paths?: Record<string, Record<string, unknown>> }) =>
  Object.values(d.paths ?? {}).flatMap((item) =>
    Object.values(item).flatMap((op) => Object.values((op as { responses?: object }).responses ?? {})),
  );

describe('declareConventions', () => {
  it('declares API-Version on every response of every operation, and leaves the rest of the document alone', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const before = structuredClone(d);
        const out = declareConventions(d, conventions);
        expect(d).toEqual(before);
        for (const r of responsesOf(out)) {
          expect(r).toMatchObject({ headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } } });
        }
        const stripped = structuredClone(out.paths);
        delete stripped['/openapi.json'];
        for (const r of responsesOf({ paths: stripped })) delete (r as { headers?: unknown }).headers;
        expect(stripped).toEqual(d.paths);
      }),
    );
  });

  it('keeps headers a route declares and does not touch a response that is a $ref', () => {
    const out = declareConventions(
      {
        paths: {
          '/a': {
            get: {
              responses: {
                200: { headers: { ETag: { schema: { type: 'string' } } } },
                404: { $ref: '#/components/responses/NotFound' },
              },
            },
          },
        },
      },
      conventions,
    );
    const responses = (out.paths['/a'].get as { responses: Record<string, object> }).responses;
    expect(Object.keys((responses[200] as { headers: object }).headers)).toEqual(['API-Version', 'ETag']);
    expect(responses[404]).toEqual({ $ref: '#/components/responses/NotFound' });
  });

  it('describes GET /openapi.json as public, in the documentation tag', () => {
    const out = declareConventions({ paths: {} }, conventions);
    const get = out.paths['/openapi.json'].get as { security: unknown[]; tags: string[]; responses: object };
    expect(get.security).toEqual([]);
    expect(get.tags).toEqual([OPENAPI_DOC_TAG]);
    expect(out.tags).toEqual([{ name: OPENAPI_DOC_TAG, description: expect.any(String) }]);
  });

  it('declares the tags in use that have a description, and the absolute server URL', () => {
    const out = declareConventions(
      { paths: { '/s': { get: { tags: ['Signalen'] }, post: { tags: ['Onbekend'] } } }, servers: [{ url: '/api/v1' }] },
      conventions,
    );
    expect(out.tags.map((t) => t.name).sort()).toEqual([OPENAPI_DOC_TAG, 'Signalen']);
    expect(out.servers).toEqual([{ url: 'https://api.example.org/api/v1' }]);
    expect(out.components.headers?.['API-Version']).toMatchObject({ schema: { example: '1.2.3' } });
  });
});
