// Dev mode only: a local token issuer whose key lives in the data directory, so `npm run token` can mint
// tokens the locally started service accepts. Never used when NODE_ENV=production or an IdP is configured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, type JWK, SignJWT } from 'jose';
import { generateSigningJwk } from './signing.ts';

export const DEV_ISSUER = 'urn:vertreksignaal:dev-issuer';
export const DEV_AUDIENCE = 'vertreksignaal';

export async function loadOrCreateKey(file: string): Promise<JWK> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const jwk = await generateSigningJwk();
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

export function devIssuerKeyFile(dataDir: string) {
  return join(dataDir, 'dev-issuer.jwk.json');
}

export async function mintToken(
  privateJwk: JWK,
  claims: { sub: string; roles: string[]; gemeentecodes?: string[] },
  opts: { issuer?: string; audience?: string; ttlSeconds?: number } = {},
): Promise<string> {
  const key = await importJWK(privateJwk, 'ES256');
  return new SignJWT({ roles: claims.roles, ...(claims.gemeentecodes ? { gemeentecodes: claims.gemeentecodes } : {}) })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(opts.issuer ?? DEV_ISSUER)
    .setAudience(opts.audience ?? DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${opts.ttlSeconds ?? 8 * 3600}s`)
    .sign(key);
}

export function publicJwks(jwk: JWK) {
  const { d: _d, ...pub } = jwk;
  return { keys: [pub] };
}
