// The staff pages' settings, derived once from the validated Config (contract §1, §9).

import { ROLES, type Role } from '../app/auth/principal.ts';
import { type Config, publicUrlOf, staffLoginMode } from '../config.ts';

/** Roles that work in the browser: everyone except the municipalities' BRP systems. */
export const STAFF_ROLES = ROLES.filter((r): r is Exclude<Role, 'brp-bron'> => r !== 'brp-bron');
export type StaffRole = (typeof STAFF_ROLES)[number];
export const isStaffRole = (r: string): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r);

export const IDLE_MS = 15 * 60_000;
export const ABSOLUTE_MS = 8 * 3_600_000;

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** Only outside production: a local test identity provider on http. */
  allowHttp: boolean;
}

export interface WebSettings {
  mode: 'oidc' | 'dev';
  publicUrl: string;
  secureCookies: boolean;
  sessionCookie: string;
  loginCookie: string;
  oidc?: OidcSettings;
}

/** Null when the pages are off (production without OIDC): they then answer 404 and the API works on. */
export function webSettingsFrom(config: Config): WebSettings | null {
  const mode = staffLoginMode(config);
  if (mode === 'off') return null;
  const publicUrl = publicUrlOf(config);
  const secureCookies = publicUrl.startsWith('https://');
  // __Host- cookies are bound to this exact host and path /, and browsers only accept them with Secure.
  const prefix = secureCookies ? '__Host-' : '';
  const oidc = mode === 'oidc' ? oidcSettingsFrom(config, publicUrl) : undefined;
  return {
    mode,
    publicUrl,
    secureCookies,
    sessionCookie: `${prefix}vs-sessie`,
    loginCookie: `${prefix}vs-inloggen`,
    oidc,
  };
}

/** The identity provider client's settings; loadConfig has checked that the three OIDC settings come together. */
function oidcSettingsFrom(config: Config, publicUrl: string): OidcSettings {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = config;
  if (issuer === undefined || clientId === undefined || clientSecret === undefined) {
    throw new Error('staff pages: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together');
  }
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: `${publicUrl}/auth/callback`,
    postLogoutRedirectUri: `${publicUrl}/`,
    allowHttp: config.NODE_ENV !== 'production',
  };
}
