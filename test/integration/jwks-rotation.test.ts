// Tokens from an identity provider that publishes its keys at a JWKS URL (AUTH_JWKS_URL), as in production:
// a key it rotates in is accepted without a restart; a key it never published is not.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { compose, type Runtime } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { mintToken, publicJwks } from '../../src/dev-issuer.ts';
import { nodePlatform } from '../../src/platform/node.ts';
import { generateSigningJwk } from '../../src/signing.ts';

const ISSUER = 'https://idp.rotatie.test';
const AUDIENCE = 'vertreksignaal';
let published: JWK[] = [];
let fetches = 0;
let server: Server;
let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let dir: string;
let oldKey: JWK, newKey: JWK, unknownKey: JWK;

beforeAll(async () => {
  [oldKey, newKey, unknownKey] = await Promise.all([generateSigningJwk(), generateSigningJwk(), generateSigningJwk()]);
  published = [oldKey];
  server = createServer((_req, res) => {
    fetches++;
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: published.flatMap((k) => publicJwks(k).keys) }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  dir = mkdtempSync(join(tmpdir(), 'vs-jwks-'));
  const config = loadConfig({
    DATABASE_URL: `file:${join(dir, 'vs.db')}`,
    DATA_DIR: dir,
    RUN_WORKER: 'false',
    LOG_LEVEL: 'silent',
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
  });
  runtime = await compose(config, await nodePlatform(config));
  app = createApp({ runtime });
});
afterAll(async () => {
  await runtime.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const token = (key: JWK) =>
  mintToken(key, { sub: 'privacy-1', roles: ['privacy'] }, { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 600 });
const status = async (key: JWK) =>
  (await app.request('/api/v1/logboek', { headers: { authorization: `Bearer ${await token(key)}` } })).status;

describe('keys from AUTH_JWKS_URL', () => {
  it('accepts the published key and refuses one that was never published', async () => {
    expect(await status(oldKey)).toBe(200);
    expect(await status(unknownKey)).toBe(401);
  });

  it('accepts a key rotated in at the identity provider, without a restart', async () => {
    published = [oldKey, newKey];
    await new Promise((r) => setTimeout(r, 1100)); // past the refetch cool-down
    expect(await status(newKey)).toBe(200);
    expect(await status(oldKey)).toBe(200);
  });

  it('does not refetch for every token with a made-up kid', async () => {
    const before = fetches;
    for (let i = 0; i < 20; i++) expect(await status(unknownKey)).toBe(401);
    expect(fetches - before).toBeLessThanOrEqual(1);
  });
});
