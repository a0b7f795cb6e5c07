// Sealed cookies: JSON encrypted and authenticated with a key derived from SESSION_SECRET (JWE dir + A256GCM).
// Web Crypto only, so the same code runs on Node and Workers. A `purpose` claim keeps the session cookie and the
// login-transaction cookie from standing in for each other.
import { EncryptJWT, jwtDecrypt } from 'jose';

const INFO = new TextEncoder().encode('vertreksignaal staff session v1');

/** HKDF-SHA256 from the configured secret to a 256-bit AES-GCM key; the secret itself is never the key. */
export async function deriveSealKey(secret: string): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: INFO },
    base,
    256,
  );
  return new Uint8Array(bits);
}

export async function seal(
  payload: Record<string, unknown>,
  key: Uint8Array,
  purpose: string,
  nowMs: number,
  ttlSeconds: number,
) {
  const iat = Math.floor(nowMs / 1000);
  return new EncryptJWT({ ...payload, purpose })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .encrypt(key);
}

/** The payload, or null when the value was not made by us for this purpose, was altered, or has expired. */
export async function unseal(
  token: string,
  key: Uint8Array,
  purpose: string,
  nowMs: number,
): Promise<Record<string, unknown> | null> {
  try {
    const { payload } = await jwtDecrypt(token, key, {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
      currentDate: new Date(nowMs),
      requiredClaims: ['exp', 'iat'],
    });
    return payload.purpose === purpose ? payload : null;
  } catch {
    return null;
  }
}

/** Random bytes as base64url: CSRF tokens, OAuth state, nonce and PKCE verifier. */
export function randomToken(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Compares secrets without an early exit, so timing does not reveal how much of a guess was right. */
export function safeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
