// Writes the service's OpenAPI document without a server, database or BRP: the HTTP app is built in-process with inert
// dependencies and asked for /api/v1/openapi.json. Used by `npm run lint:api`; `npm run openapi:export -- FILE`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Web } from '../src/http/env.ts';

export const OPENAPI_PATH = '/api/v1/openapi.json';

/**
 * Any member is a no-op function whose members are no-ops too: building the app and serving the document may count
 * metrics but must not need a database or a port; if serving it ever does, the document comes back as an error.
 */
function inert(): unknown {
  return new Proxy(() => undefined, {
    // `then` stays undefined so that awaiting a member never hangs on a fake thenable.
    get: (_target, key) => (key === 'then' ? undefined : inert()),
  });
}

function inertWeb(): Web {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const runtime = new Proxy({ config }, { get: (target, key: string) => (key === 'config' ? target.config : inert()) });
  return { runtime } as Web;
}

/** The OpenAPI document exactly as the service publishes it. */
export async function exportOpenApi(): Promise<unknown> {
  const res = await createApp(inertWeb()).request(OPENAPI_PATH);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${OPENAPI_PATH} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

export function writeOpenApi(doc: unknown, file: string): string {
  const path = resolve(file);
  writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const doc = await exportOpenApi();
  const out = process.argv[2];
  if (out) console.log(writeOpenApi(doc, out));
  else process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}
