// docs/contract.md stays in step with the OpenAPI document: every API route the contract names is served and
// documented, and every documented route is named in the contract or its appendix.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../../scripts/openapi-export.ts';

const doc = readFileSync(fileURLToPath(new URL('../../docs/contract.md', import.meta.url)), 'utf8');

/** `METHOD /path` pairs named in the contract, with `{…}` for path parameters and without query strings. */
function named(): Set<string> {
  const out = new Set<string>();
  for (const m of doc.matchAll(/`(GET|POST|DELETE) (\/[^`\s?]*)/g)) {
    const path = m[2].replace(/^\/api\/v1/, '');
    if (/^\/(health|metrics|\.well-known|auth)/.test(path)) continue;
    out.add(`${m[1]} ${path}`);
  }
  return out;
}

describe('docs/contract.md', () => {
  it('names every route of the OpenAPI document, and the document has every route the contract names', async () => {
    const openapi = (await exportOpenApi()) as { paths: Record<string, Record<string, unknown>> };
    const served = new Set(
      Object.entries(openapi.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const inContract = named();
    expect([...served].filter((r) => !inContract.has(r)).sort()).toEqual([]);
    expect([...inContract].filter((r) => !served.has(r) && !r.startsWith('GET /docs')).sort()).toEqual([]);
  });
});
