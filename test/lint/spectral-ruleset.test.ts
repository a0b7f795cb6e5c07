// The NL API Design Rules in .spectral.yaml fire where they should and stay quiet on a document that follows them:
// a Spectral rule whose `given` matches nothing passes silently, so each rule is shown a violation here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SPECTRAL = resolve('node_modules/.bin/spectral');
const dir = mkdtempSync(join(tmpdir(), 'vs-spectral-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  code: string;
  path: string[];
}

function lint(doc: unknown): Finding[] {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(doc));
  let out: string;
  try {
    out = execFileSync(SPECTRAL, ['lint', '-r', '.spectral.yaml', '-f', 'json', '--quiet', file], {
      encoding: 'utf8',
    });
  } catch (e) {
    // Spectral exits 1 when it finds problems (its report is still on stdout); anything else is a broken ruleset.
    const failed = e as { status: number; stdout: string; stderr: string };
    if (failed.status !== 1) throw new Error(`spectral exited ${failed.status}: ${failed.stderr}`);
    out = failed.stdout;
  }
  return JSON.parse(out);
}

const headers = { 'API-Version': { description: 'Volledige versie', schema: { type: 'string' } } };
const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const op = (operationId: string, tag: string, extra: object = {}) => ({
  operationId,
  summary: 'Een voorbeeld',
  description: 'Een voorbeeld van een bewerking.',
  tags: [tag],
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'Gelukt', headers, content: { 'application/json': { schema: { type: 'object' } } } },
    400: { description: 'Ongeldig', headers, content: problem },
  },
  ...extra,
});

function compliant() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Voorbeeld',
      version: '1.2.3',
      description: 'Een API om de regels te tonen.',
      contact: { name: 'Team', url: 'https://example.org' },
    },
    servers: [{ url: 'https://api.example.org/v1' }],
    tags: [{ name: 'Gebouwen', description: 'Gebouwen in de registratie' }],
    paths: {
      '/openapi.json': {
        get: op('haalOpenapiOp', 'Gebouwen', {
          security: [],
          responses: {
            200: {
              description: 'Dit document',
              headers: { ...headers, 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        }),
      },
      '/gebouwen': {
        get: op('zoekGebouwen', 'Gebouwen', {
          parameters: [{ name: 'bouwjaarVanaf', in: 'query', schema: { type: 'integer' } }],
        }),
      },
      '/gebouwen/{id}': {
        get: op('haalGebouw', 'Gebouwen', {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        }),
      },
      '/gebouwen/_zoek': { post: op('zoekGebouwenUitgebreid', 'Gebouwen') },
      '/logboek': { get: op('haalLogboek', 'Gebouwen') },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Problem: {
          type: 'object',
          properties: { status: { type: 'integer' }, title: { type: 'string' }, detail: { type: 'string' } },
        },
      },
    },
  };
}

describe('.spectral.yaml (NL API Design Rules)', () => {
  it('finds nothing in a document that follows the rules', () => {
    expect(lint(compliant())).toEqual([]);
  }, 30_000);

  it('reports each rule where the document breaks it', () => {
    const doc = compliant();
    doc.info.version = '1.0';
    doc.servers = [{ url: '/api/v1.2/' }];
    doc.tags = [];
    const paths: Record<string, unknown> = doc.paths;
    delete paths['/openapi.json'];
    paths['/gebouw/{id}'] = {
      get: op('haalGebouwEnkelvoud', 'Gebouwen', {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      }),
    };
    paths['/gebouwen/'] = { get: op('metSlash', 'Gebouwen') };
    paths['/GebouwRegister'] = { get: op('hoofdletters', 'Gebouwen') };
    paths['/gebouwen/opvragen'] = { get: op('rpcStijl', 'Gebouwen') };
    paths['/wijken'] = {
      head: op('kopWijken', 'Gebouwen'),
      get: {
        ...op('Lijst_Wijken', 'Onbekend', { summary: 'Returns all districts' }),
        description: undefined,
        parameters: [{ name: 'bouw_jaar', in: 'query', schema: { type: 'integer' } }],
        responses: {
          200: { description: 'Gelukt', content: { 'application/json': { schema: { type: 'object' } } } },
          404: { description: 'Niet gevonden', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
      post: { ...op('x', 'Gebouwen'), operationId: undefined },
    };

    const found = lint(doc).map((f) => `${f.code} ${f.path.join('.')}`);
    const expected = [
      'adr-api-56-semver info.version',
      'adr-api-20-major-version-in-uri servers.0.url',
      'adr-api-11-servers-absolute-https servers.0.url',
      'adr-api-48-server-no-trailing-slash servers.0.url',
      'adr-api-16-global-tags tags',
      'adr-api-51-openapi-json-in-paths paths',
      'adr-api-54-plural-collections paths./gebouw/{id}',
      'adr-api-48-no-trailing-slash paths./gebouwen/',
      'adr-path-segments-kebab-case paths./gebouwen/',
      'adr-path-segments-kebab-case paths./GebouwRegister',
      'adr-api-05-no-crud-verbs paths./gebouwen/opvragen',
      'adr-api-03-http-methods paths./wijken.head',
      'adr-api-16-operation-id-casing paths./wijken.get.operationId',
      'adr-api-16-operation-description paths./wijken.get',
      'adr-api-17-dutch-documentation paths./wijken.get.summary',
      'adr-query-keys-camel-case paths./wijken.get.parameters.0.name',
      'adr-api-57-version-header paths./wijken.get.responses.200',
      'adr-api-57-version-header-on-errors paths./wijken.get.responses.404',
      'adr-problem-details-media-type paths./wijken.get.responses.404.content',
      'operation-tag-defined paths./wijken.get.tags.0',
      'adr-api-16-operation-id paths./wijken.post',
    ];
    for (const e of expected) expect(found, e).toContain(e);
  }, 30_000);

  it('holds /openapi.json, the contact, the error body and the schema names to the rules', () => {
    const doc = compliant();
    const paths: Record<string, unknown> = doc.paths;
    paths['/openapi.json'] = {
      get: op('haalOpenapiOp', 'Gebouwen'),
      put: op('wijzigOpenapi', 'Gebouwen'),
    };
    paths['/gebouwen'] = { get: { ...op('zoekGebouwen', 'Gebouwen'), tags: [] } };
    doc.openapi = '3.1';
    (doc.info as { contact?: object }).contact = { email: 'team@example.org' };
    const schemas: Record<string, unknown> = doc.components.schemas;
    schemas.Problem = { type: 'object', properties: { status: { type: 'integer' }, title: { type: 'string' } } };
    schemas.gebouw_info = { type: 'object' };

    const found = lint(doc).map((f) => `${f.code} ${f.path.join('.')}`);
    const expected = [
      'adr-api-16-openapi-version openapi',
      'adr-doc-openapi-contact info.contact',
      'adr-api-51-openapi-json-get-only paths./openapi.json.put',
      'adr-api-51-openapi-json-public paths./openapi.json.get.security',
      'adr-api-51-openapi-json-cors paths./openapi.json.get.responses.200.headers',
      'adr-api-16-operation-tags paths./gebouwen.get.tags',
      // Spectral follows the $ref and reports at the shared schema.
      'adr-problem-details-members components.schemas.Problem.properties',
      'adr-schema-names-pascal-case components.schemas.gebouw_info',
    ];
    for (const e of expected) expect(found, e).toContain(e);
  }, 30_000);
});
