// A tiny OpenID Provider for tests: discovery, an authorize endpoint that signs in the configured user without a
// form, a token endpoint that checks client authentication and PKCE (S256), JWKS, and end_session. It records
// what it saw, and can be told to misbehave, so tests show the service refuses what it must refuse.

import { createHash, randomBytes } from 'node:crypto';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

export interface TestUser {
  sub: string;
  roles: string[];
  gemeentecodes?: string[];
}

export interface ProviderOptions {
  clientId?: string;
  clientSecret?: string;
  /** Token endpoint auth methods it offers; the first is the one it accepts. */
  authMethods?: ('client_secret_basic' | 'client_secret_post')[];
  /** Offer end_session_endpoint in discovery. */
  endSession?: boolean;
  /** Add `iss` to the authorization response (RFC 9207). */
  issParameter?: boolean;
  tls?: { key: string; cert: string };
}

/** Ways to make the ID token or the response wrong, one at a time. */
export interface Misbehaviour {
  nonce?: string;
  aud?: string;
  iss?: string;
  expiredSecondsAgo?: number;
  signWithForeignKey?: boolean;
  alg?: 'none' | 'HS256';
  state?: string;
  issParam?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next authorize request signs in; null answers access_denied. */
  user: TestUser | null;
  misbehave: Misbehaviour;
  log: { authorize: URLSearchParams[]; token: { auth: string; pkce: boolean }[]; endSession: URLSearchParams[] };
  close(): Promise<void>;
}

const b64url = (b: Buffer) => b.toString('base64url');

export async function startTestProvider(o: ProviderOptions = {}): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const foreign = await generateKeyPair('ES256');
  const pub: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  delete pub.d;
  const codes = new Map<string, { challenge: string; nonce: string; redirectUri: string; user: TestUser }>();
  const authMethods = o.authMethods ?? ['client_secret_basic'];

  const p: TestProvider = {
    issuer: '',
    clientId: o.clientId ?? 'vertreksignaal-test',
    clientSecret: o.clientSecret ?? `secret ${randomBytes(8).toString('hex')}:+/`,
    user: { sub: 'medewerker-1', roles: ['gemeente'], gemeentecodes: ['0363'] },
    misbehave: {},
    log: { authorize: [], token: [], endSession: [] },
    close: async () => undefined,
  };

  const app = new Hono();
  app.get('/.well-known/openid-configuration', (c) =>
    c.json({
      issuer: p.issuer,
      authorization_endpoint: `${p.issuer}/authorize`,
      token_endpoint: `${p.issuer}/token`,
      jwks_uri: `${p.issuer}/jwks`,
      ...(o.endSession !== false ? { end_session_endpoint: `${p.issuer}/logout` } : {}),
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: authMethods,
      ...(o.issParameter ? { authorization_response_iss_parameter_supported: true } : {}),
    }),
  );
  app.get('/jwks', (c) => c.json({ keys: [pub] }));

  app.get('/authorize', (c) => {
    const q = new URL(c.req.url).searchParams;
    p.log.authorize.push(q);
    const redirect = q.get('redirect_uri') ?? '';
    const ok =
      q.get('client_id') === p.clientId &&
      q.get('response_type') === 'code' &&
      q.get('code_challenge_method') === 'S256' &&
      !!q.get('code_challenge') &&
      (q.get('scope') ?? '').split(' ').includes('openid') &&
      !!q.get('nonce');
    if (!ok) return c.text('bad authorization request', 400);
    const back = new URL(redirect);
    back.searchParams.set('state', p.misbehave.state ?? q.get('state') ?? '');
    if (o.issParameter || p.misbehave.issParam) back.searchParams.set('iss', p.misbehave.issParam ?? p.issuer);
    if (!p.user) {
      back.searchParams.set('error', 'access_denied');
      return c.redirect(back.toString(), 302);
    }
    const code = b64url(randomBytes(24));
    codes.set(code, {
      challenge: q.get('code_challenge')!,
      nonce: q.get('nonce')!,
      redirectUri: redirect,
      user: p.user,
    });
    back.searchParams.set('code', code);
    return c.redirect(back.toString(), 302);
  });

  app.post('/token', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const auth = clientAuthOf(c.req.header('authorization'), form);
    const expected = authMethods[0];
    if (auth.method !== expected || auth.id !== p.clientId || auth.secret !== p.clientSecret) {
      return c.json({ error: 'invalid_client' }, 401);
    }
    const entry = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const pkce = !!entry && b64url(createHash('sha256').update(verifier).digest()) === entry.challenge;
    p.log.token.push({ auth: auth.method, pkce });
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !entry ||
      entry.redirectUri !== form.get('redirect_uri') ||
      !pkce
    ) {
      return c.json({ error: 'invalid_grant' }, 400);
    }
    return c.json({
      access_token: b64url(randomBytes(16)),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: await idToken(entry),
    });
  });

  app.get('/logout', (c) => {
    const q = new URL(c.req.url).searchParams;
    p.log.endSession.push(q);
    const back = q.get('post_logout_redirect_uri');
    return back ? c.redirect(back, 302) : c.text('uitgelogd');
  });

  async function idToken(entry: { nonce: string; user: TestUser }): Promise<string> {
    const m = p.misbehave;
    const now = Math.floor(Date.now() / 1000) - (m.expiredSecondsAgo ?? 0);
    const claims = {
      roles: entry.user.roles,
      ...(entry.user.gemeentecodes ? { gemeentecodes: entry.user.gemeentecodes } : {}),
      nonce: m.nonce ?? entry.nonce,
    };
    const jwt = new SignJWT(claims)
      .setSubject(entry.user.sub)
      .setIssuer(m.iss ?? p.issuer)
      .setAudience(m.aud ?? p.clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + 300);
    if (m.alg === 'HS256')
      return jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(p.clientSecret.padEnd(32, 'x')));
    if (m.alg === 'none') {
      const enc = (o: object) => b64url(Buffer.from(JSON.stringify(o)));
      const payload = { ...claims, sub: entry.user.sub, iss: p.issuer, aud: p.clientId, iat: now, exp: now + 300 };
      return `${enc({ alg: 'none' })}.${enc(payload)}.`;
    }
    return jwt
      .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
      .sign(m.signWithForeignKey ? foreign.privateKey : privateKey);
  }

  const server = await new Promise<{ close(cb: () => void): void; address(): AddressInfo | string | null }>(
    (resolve) => {
      const options = o.tls
        ? { createServer: createHttpsServer, serverOptions: { key: o.tls.key, cert: o.tls.cert } }
        : {};
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', ...options }, () => resolve(s));
    },
  );
  const port = (server.address() as AddressInfo).port;
  p.issuer = `${o.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  p.close = () => new Promise((resolve) => server.close(() => resolve()));
  return p;
}

function clientAuthOf(header: string | undefined, form: URLSearchParams) {
  const basic = /^Basic (.+)$/.exec(header ?? '');
  if (basic) {
    const [id, secret] = Buffer.from(basic[1], 'base64').toString().split(':');
    const dec = (v = '') => decodeURIComponent(v.replace(/\+/g, ' '));
    return { method: 'client_secret_basic', id: dec(id), secret: dec(secret) };
  }
  return { method: 'client_secret_post', id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '' };
}
