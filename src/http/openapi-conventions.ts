// Declares, once for all routes, what the app does for every route, so the OpenAPI document meets the NL API Design
// Rules (.spectral.yaml) without repeating it in each createRoute: API-Version on every response (API-57; app.ts
// sets it on every response), GET /openapi.json itself (API-51), the tags with descriptions, and the server URL.

/** Tag name → its description in the API reference. */
export type TagDescriptions = Record<string, string>;

export interface Conventions {
  /** The full API version, as in info.version and the API-Version header. */
  version: string;
  /** Absolute https URL of the API's base path, ending in the major version (API-11, API-20), e.g. …/api/v1. */
  serverUrl: string;
  tags: TagDescriptions;
}

interface Response {
  $ref?: string;
  headers?: Record<string, unknown>;
}
type Operation = { tags?: string[]; responses?: Record<string, Response> };

/** The parts of an OpenAPI document this module reads or writes; the rest is carried along as it is. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown> | undefined>;
  tags: { name: string; description: string }[];
  servers: { url: string }[];
  [field: string]: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const VERSION_HEADER = { $ref: '#/components/headers/API-Version' };
export const OPENAPI_DOC_TAG = 'Documentatie';

function operations(doc: OpenApiDocument): Operation[] {
  return Object.values(doc.paths).flatMap((item) => METHODS.filter((m) => m in item).map((m) => item[m] as Operation));
}

/** The document describing itself: public, readable from any origin, JSON (API-51). */
function openApiPath(): Record<string, unknown> {
  return {
    get: {
      operationId: 'haalOpenapiDocument',
      tags: [OPENAPI_DOC_TAG],
      summary: 'Dit OpenAPI-document',
      description: 'De beschrijving van deze API in OpenAPI 3.1, zonder authenticatie op te vragen vanaf elk domein.',
      security: [],
      responses: {
        200: {
          description: 'Het OpenAPI-document',
          headers: {
            'Access-Control-Allow-Origin': { description: 'Altijd `*`', schema: { type: 'string', const: '*' } },
          },
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  };
}

/**
 * A copy of `doc` (as the generator made it) with the conventions declared; operations and schemas stay as they
 * are.
 */
export function declareConventions(doc: object, c: Conventions): OpenApiDocument {
  const copy: Partial<OpenApiDocument> = structuredClone(doc);
  const versionHeader = {
    description: 'De volledige versie van de API (semver); op elk antwoord, ook bij fouten.',
    schema: { type: 'string', example: c.version },
  };
  const out: OpenApiDocument = {
    ...copy,
    servers: [{ url: c.serverUrl }],
    paths: { '/openapi.json': openApiPath(), ...copy.paths },
    components: { ...copy.components, headers: { 'API-Version': versionHeader, ...copy.components?.headers } },
    tags: [],
  };
  const used = new Set<string>();
  for (const op of operations(out)) {
    for (const t of op.tags ?? []) used.add(t);
    for (const r of Object.values(op.responses ?? {})) {
      if (!r.$ref) r.headers = { 'API-Version': VERSION_HEADER, ...r.headers };
    }
  }
  // Only tags with a description are declared; a used tag without one stays undeclared and Spectral names it.
  const tags: TagDescriptions = { [OPENAPI_DOC_TAG]: 'Waar deze API-beschrijving te vinden is.', ...c.tags };
  out.tags = [...used].filter((name) => tags[name]).map((name) => ({ name, description: tags[name] }));
  return out;
}
