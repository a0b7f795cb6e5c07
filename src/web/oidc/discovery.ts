// OpenID Provider metadata from `{issuer}/.well-known/openid-configuration`, validated and cached.
import { z } from 'zod';

export const ProviderMetadata = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  end_session_endpoint: z.url().optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  authorization_response_iss_parameter_supported: z.boolean().optional(),
});
export type ProviderMetadata = z.infer<typeof ProviderMetadata>;

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

/** A login failure with a code that is safe to log (never a token, a claim or the IdP's free text). */
export class OidcError extends Error {
  constructor(readonly code: string) {
    super(`oidc: ${code}`);
  }
}

export const discoveryUrl = (issuer: string) => `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;

/** Fetches and checks the metadata: the configured issuer (OIDC Discovery §4.3), PKCE S256, a usable client auth. */
export async function discover(
  issuer: string,
  allowHttp: boolean,
): Promise<ProviderMetadata & { clientAuth: ClientAuthMethod }> {
  let body: unknown;
  try {
    const res = await fetch(discoveryUrl(issuer), {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new OidcError('discovery_status');
    body = await res.json();
  } catch (err) {
    throw err instanceof OidcError ? err : new OidcError('discovery_unreachable');
  }
  const parsed = ProviderMetadata.safeParse(body);
  if (!parsed.success) throw new OidcError('discovery_invalid');
  const m = parsed.data;
  if (m.issuer !== issuer) throw new OidcError('discovery_issuer_mismatch');
  const endpoints = [m.authorization_endpoint, m.token_endpoint, m.jwks_uri, m.end_session_endpoint].filter(
    Boolean,
  ) as string[];
  if (!allowHttp && endpoints.some((e) => !e.startsWith('https://'))) throw new OidcError('discovery_not_https');
  if (m.code_challenge_methods_supported && !m.code_challenge_methods_supported.includes('S256'))
    throw new OidcError('pkce_s256_unsupported');
  return { ...m, clientAuth: clientAuthFor(m.token_endpoint_auth_methods_supported) };
}

/** client_secret_basic unless the provider only offers client_secret_post (absent list means basic, RFC 8414). */
export function clientAuthFor(supported: string[] | undefined): ClientAuthMethod {
  if (!supported || supported.includes('client_secret_basic')) return 'client_secret_basic';
  if (supported.includes('client_secret_post')) return 'client_secret_post';
  throw new OidcError('client_auth_unsupported');
}
