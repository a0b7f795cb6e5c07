// OpenID Connect authorization code flow with PKCE (S256), state and nonce, as a confidential client.
// jose verifies the ID token's signature against the provider's JWKS, and its iss, aud, exp and nonce.
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { z } from 'zod';
import { ALLOWED_ALGORITHMS } from '../../app/auth/verifier.ts';
import { base64url, randomToken, safeEqual } from '../session/seal.ts';
import type { OidcSettings } from '../settings.ts';
import { type ClientAuthMethod, discover, OidcError, type ProviderMetadata } from './discovery.ts';

/** What the browser carries (sealed) between /auth/login and /auth/callback. */
export const LoginTransaction = z.object({
  state: z.string().min(32),
  nonce: z.string().min(32),
  verifier: z.string().min(43),
  returnTo: z.string(),
});
export type LoginTransaction = z.infer<typeof LoginTransaction>;

const TokenResponse = z.object({ id_token: z.string().min(1), token_type: z.string() });

export interface OidcClient {
  startLogin(returnTo: string): Promise<{ url: string; tx: LoginTransaction }>;
  finishLogin(params: URLSearchParams, tx: LoginTransaction): Promise<{ claims: JWTPayload; idToken: string }>;
  /** Where to send the browser to end the IdP session, or null when the provider offers no end_session_endpoint. */
  endSessionUrl(idToken: string | undefined): Promise<string | null>;
  /** The provider's origins a form may be redirected to (CSP form-action). */
  origins(): string[];
}

type Provider = ProviderMetadata & { clientAuth: ClientAuthMethod; keys: JWTVerifyGetKey };

export function createOidcClient(s: OidcSettings): OidcClient {
  let cached: { provider: Provider; until: number } | null = null;
  // Metadata is fetched on first use and kept an hour; a failed fetch is not remembered, the next login retries.
  async function provider(): Promise<Provider> {
    if (cached && Date.now() < cached.until) return cached.provider;
    const m = await discover(s.issuer, s.allowHttp);
    const keys = createRemoteJWKSet(new URL(m.jwks_uri), {
      cooldownDuration: 1_000,
      cacheMaxAge: 300_000,
      timeoutDuration: 5_000,
    });
    cached = { provider: { ...m, keys }, until: Date.now() + 3_600_000 };
    return cached.provider;
  }

  return {
    async startLogin(returnTo) {
      const p = await provider();
      const tx: LoginTransaction = { state: randomToken(), nonce: randomToken(), verifier: randomToken(48), returnTo };
      const url = new URL(p.authorization_endpoint);
      const params = {
        response_type: 'code',
        client_id: s.clientId,
        redirect_uri: s.redirectUri,
        scope: 'openid',
        state: tx.state,
        nonce: tx.nonce,
        code_challenge: await s256(tx.verifier),
        code_challenge_method: 'S256',
      };
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      return { url: url.toString(), tx };
    },

    async finishLogin(params, tx) {
      const p = await provider();
      if (!safeEqual(params.get('state') ?? '', tx.state)) throw new OidcError('state_mismatch');
      // RFC 9207: the issuer in the response defends against mix-up with another provider.
      const iss = params.get('iss');
      if (iss !== null ? iss !== p.issuer : p.authorization_response_iss_parameter_supported)
        throw new OidcError('iss_mismatch');
      const error = params.get('error');
      if (error) throw new OidcError(/^[a-z_]{1,40}$/.test(error) ? `idp_${error}` : 'idp_error');
      const code = params.get('code');
      if (!code) throw new OidcError('code_missing');
      const idToken = await exchangeCode(p, s, code, tx.verifier);
      return { claims: await verifyIdToken(p, s.clientId, idToken, tx.nonce), idToken };
    },

    async endSessionUrl(idToken) {
      const p = await provider().catch(() => null);
      if (!p?.end_session_endpoint) return null;
      const url = new URL(p.end_session_endpoint);
      if (idToken) url.searchParams.set('id_token_hint', idToken);
      url.searchParams.set('client_id', s.clientId);
      url.searchParams.set('post_logout_redirect_uri', s.postLogoutRedirectUri);
      return url.toString();
    },

    origins() {
      const p = cached?.provider;
      const urls = [s.issuer, p?.authorization_endpoint, p?.end_session_endpoint].filter(Boolean) as string[];
      return [...new Set(urls.map((u) => new URL(u).origin))];
    },
  };
}

async function exchangeCode(p: Provider, s: OidcSettings, code: string, verifier: string): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: s.redirectUri,
    code_verifier: verifier,
  });
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (p.clientAuth === 'client_secret_basic') {
    // RFC 6749 §2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
    headers.authorization = `Basic ${btoa(`${formEncode(s.clientId)}:${formEncode(s.clientSecret)}`)}`;
  } else {
    body.set('client_id', s.clientId);
    body.set('client_secret', s.clientSecret);
  }
  let res: Response;
  try {
    res = await fetch(p.token_endpoint, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new OidcError('token_unreachable');
  }
  if (!res.ok) throw new OidcError(`token_status_${res.status}`);
  const parsed = TokenResponse.safeParse(await res.json().catch(() => null));
  if (!parsed.success || parsed.data.token_type.toLowerCase() !== 'bearer')
    throw new OidcError('token_response_invalid');
  return parsed.data.id_token;
}

async function verifyIdToken(p: Provider, clientId: string, idToken: string, nonce: string): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, p.keys, {
      issuer: p.issuer,
      audience: clientId,
      algorithms: ALLOWED_ALGORITHMS,
      clockTolerance: 30,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch {
    throw new OidcError('id_token_invalid');
  }
  if (typeof payload.nonce !== 'string' || !safeEqual(payload.nonce, nonce)) throw new OidcError('nonce_mismatch');
  // OIDC Core §3.1.3.7: with several audiences, or an azp at all, the azp must be us.
  const multi = Array.isArray(payload.aud) && payload.aud.length > 1;
  if ((multi || payload.azp !== undefined) && payload.azp !== clientId) throw new OidcError('azp_mismatch');
  return payload;
}

export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

const formEncode = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
