// The service's own signing key: signs outgoing signal webhooks (detached JWS over the exact body bytes).
// Its public half is served at /.well-known/jwks.json so receivers verify without sharing a secret.
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export interface Signer {
  kid: string;
  publicJwks(): { keys: JWK[] };
  /** Compact JWS with detached payload: `header..signature`. */
  signDetached(body: Uint8Array): Promise<string>;
}

export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: 'ES256', use: 'sig', kid: await calculateJwkThumbprint(jwk) };
}

export async function createSigner(privateJwk: JWK): Promise<Signer> {
  const kid = privateJwk.kid ?? (await calculateJwkThumbprint(privateJwk));
  const key = await importJWK({ ...privateJwk, alg: 'ES256' }, 'ES256');
  const { d: _d, ...pub } = privateJwk;
  const publicJwk: JWK = { ...pub, kid, alg: 'ES256', use: 'sig' };
  return {
    kid,
    publicJwks: () => ({ keys: [publicJwk] }),
    async signDetached(body) {
      const jws = await new CompactSign(body).setProtectedHeader({ alg: 'ES256', kid, typ: 'JOSE' }).sign(key);
      const [header, , signature] = jws.split('.');
      return `${header}..${signature}`;
    },
  };
}
