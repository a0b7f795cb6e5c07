// Bearer JWT verification with jose, per RFC 8725: asymmetric algorithms only, issuer, audience, expiry, known key.
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { type Principal, principalFrom } from './principal.ts';

export const ALLOWED_ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];

export interface TokenVerifier {
  verify(token: string): Promise<Principal | null>;
}

export function createTokenVerifier(opts: {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  clockToleranceSeconds?: number;
}): TokenVerifier {
  // A verified token is remembered until it expires: the signature check is the costliest step of a request,
  // and a token's bytes cannot change. Expiry is checked again on every hit.
  const cache = new Map<string, { principal: Principal; exp: number }>();
  return {
    async verify(token) {
      const hit = cache.get(token);
      if (hit) {
        if (Date.now() / 1000 < hit.exp) return hit.principal;
        cache.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, opts.keys, {
          issuer: opts.issuer,
          audience: opts.audience,
          algorithms: ALLOWED_ALGORITHMS,
          clockTolerance: opts.clockToleranceSeconds ?? 30,
          requiredClaims: ['exp', 'sub'],
        });
        const principal = principalFrom(payload);
        if (principal && payload.exp) {
          if (cache.size > 10_000) cache.clear();
          cache.set(token, { principal, exp: payload.exp });
        }
        return principal;
      } catch {
        return null;
      }
    },
  };
}

export const localKeys = (jwks: JSONWebKeySet) => createLocalJWKSet(jwks);
/**
 * Cached by jose; a token with a `kid` the cached set lacks triggers a refetch, so a rotated key is accepted
 * without a restart. At most one refetch per second: tokens with made-up kids cannot flood the identity provider.
 */
export const remoteKeys = (url: string) =>
  createRemoteJWKSet(new URL(url), { cooldownDuration: 1_000, cacheMaxAge: 300_000, timeoutDuration: 5_000 });
