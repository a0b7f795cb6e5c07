// The OIDC flow against a real (test) identity provider: what a correct login returns, and every way a wrong
// answer is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { type ProviderOptions, startTestProvider, type TestProvider } from '../../../test/helpers/oidc-provider.ts';
import { createOidcClient, s256 } from './client.ts';
import { clientAuthFor, OidcError } from './discovery.ts';

let provider: TestProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

async function setUp(o: ProviderOptions = {}) {
  provider = await startTestProvider(o);
  const client = createOidcClient({
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: 'http://127.0.0.1:1/auth/callback',
    postLogoutRedirectUri: 'http://127.0.0.1:1/',
    allowHttp: true,
  });
  return { p: provider, client };
}

/** What the browser does: follow the authorization URL and read the parameters of the redirect back. */
async function authorize(url: string): Promise<URLSearchParams> {
  const res = await fetch(url, { redirect: 'manual' });
  return new URL(res.headers.get('location')!).searchParams;
}

async function login(client: ReturnType<typeof createOidcClient>, tamper?: (q: URLSearchParams) => void) {
  const { url, tx } = await client.startLogin('/werkvoorraad');
  const q = await authorize(url);
  tamper?.(q);
  return client.finishLogin(q, tx);
}

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof OidcError ? e.code : String(e)),
  );

describe('OIDC authorization code flow', () => {
  it('signs in with PKCE S256, state and nonce, and returns the verified claims', async () => {
    const { p, client } = await setUp();
    const { url, tx } = await client.startLogin('/werkvoorraad');
    const sent = new URL(url).searchParams;
    expect(sent.get('code_challenge_method')).toBe('S256');
    expect(sent.get('code_challenge')).toBe(await s256(tx.verifier));
    expect(sent.get('state')).toBe(tx.state);
    expect(sent.get('nonce')).toBe(tx.nonce);
    const { claims } = await client.finishLogin(await authorize(url), tx);
    expect(claims).toMatchObject({ sub: 'medewerker-1', roles: ['gemeente'], gemeentecodes: ['0363'], iss: p.issuer });
    expect(p.log.token).toEqual([{ auth: 'client_secret_basic', pkce: true }]);
  });

  it('uses client_secret_post when the provider offers only that', async () => {
    const { p, client } = await setUp({ authMethods: ['client_secret_post'] });
    await login(client);
    expect(p.log.token[0].auth).toBe('client_secret_post');
    expect(clientAuthFor(['client_secret_basic', 'client_secret_post'])).toBe('client_secret_basic');
    expect(clientAuthFor(undefined)).toBe('client_secret_basic');
    expect(() => clientAuthFor(['private_key_jwt'])).toThrow(OidcError);
  });

  it('refuses an answer whose state is not the one it sent', async () => {
    const { p, client } = await setUp();
    p.misbehave.state = 'x'.repeat(43);
    expect(await codeOf(login(client))).toBe('state_mismatch');
    expect(p.log.token).toEqual([]);
  });

  it('refuses an ID token with another nonce, audience or issuer, expired, or signed by another key', async () => {
    const { p, client } = await setUp();
    const cases: [Partial<TestProvider['misbehave']>, string][] = [
      [{ nonce: 'n'.repeat(43) }, 'nonce_mismatch'],
      [{ aud: 'another-client' }, 'id_token_invalid'],
      [{ iss: 'https://evil.example' }, 'id_token_invalid'],
      [{ expiredSecondsAgo: 3600 }, 'id_token_invalid'],
      [{ signWithForeignKey: true }, 'id_token_invalid'],
      [{ alg: 'HS256' }, 'id_token_invalid'],
      [{ alg: 'none' }, 'id_token_invalid'],
    ];
    for (const [misbehaviour, code] of cases) {
      p.misbehave = misbehaviour;
      expect(await codeOf(login(client)), JSON.stringify(misbehaviour)).toBe(code);
    }
  });

  it('checks the iss response parameter against mix-up (RFC 9207)', async () => {
    const { p, client } = await setUp({ issParameter: true });
    expect(await codeOf(login(client))).toBe('ok');
    p.misbehave.issParam = 'https://other-idp.example';
    expect(await codeOf(login(client))).toBe('iss_mismatch');
    p.misbehave = {};
    expect(await codeOf(login(client, (q) => q.delete('iss')))).toBe('iss_mismatch');
  });

  it('fails the token exchange when the PKCE verifier does not match', async () => {
    const { p, client } = await setUp();
    const { url, tx } = await client.startLogin('/');
    const q = await authorize(url);
    expect(await codeOf(client.finishLogin(q, { ...tx, verifier: 'v'.repeat(64) }))).toBe('token_status_400');
    expect(p.log.token).toEqual([{ auth: 'client_secret_basic', pkce: false }]);
  });

  it('reports a refusal by the user or provider as idp_access_denied', async () => {
    const { p, client } = await setUp();
    p.user = null;
    expect(await codeOf(login(client))).toBe('idp_access_denied');
  });

  it('builds the end-session URL when offered, and none when not', async () => {
    const { client } = await setUp();
    const url = new URL((await client.endSessionUrl('id.token.here'))!);
    expect(url.searchParams.get('id_token_hint')).toBe('id.token.here');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://127.0.0.1:1/');
    await provider!.close();
    const { client: without } = await setUp({ endSession: false });
    expect(await without.endSessionUrl('x')).toBeNull();
  });

  it('refuses an http provider in production and a provider whose metadata names another issuer', async () => {
    const { p } = await setUp();
    const strict = createOidcClient({
      issuer: p.issuer,
      clientId: 'a',
      clientSecret: 'b',
      redirectUri: 'x',
      postLogoutRedirectUri: 'y',
      allowHttp: false,
    });
    expect(await codeOf(strict.startLogin('/'))).toBe('discovery_not_https');
    const other = createOidcClient({
      issuer: `${p.issuer}/`,
      clientId: 'a',
      clientSecret: 'b',
      redirectUri: 'x',
      postLogoutRedirectUri: 'y',
      allowHttp: true,
    });
    expect(await codeOf(other.startLogin('/'))).toBe('discovery_issuer_mismatch');
  });
});
