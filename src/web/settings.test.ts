// The staff-page settings of contract §1: which login mode, and start-up refusing bad combinations by name.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { webSettingsFrom } from './settings.ts';

const prodBase = {
  NODE_ENV: 'production',
  AUTH_ISSUER: 'a',
  AUTH_AUDIENCE: 'b',
  AUTH_JWKS_URL: 'https://idp/jwks',
  PSEUDONYM_KEY: 'k',
};
const oidc = { OIDC_ISSUER: 'https://login.example.nl/realms/vs', OIDC_CLIENT_ID: 'vs', OIDC_CLIENT_SECRET: 'geheim' };

const failure = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
};

describe('staff login settings', () => {
  it('uses the dev login without OIDC settings outside production, on http://localhost:PORT', () => {
    const s = webSettingsFrom(loadConfig({ PORT: '9125' }))!;
    expect(s).toMatchObject({
      mode: 'dev',
      publicUrl: 'http://localhost:9125',
      secureCookies: false,
      sessionCookie: 'vs-sessie',
    });
  });

  it('turns the pages off in production without OIDC settings', () => {
    expect(webSettingsFrom(loadConfig(prodBase))).toBeNull();
  });

  it('uses OIDC with the callback under PUBLIC_URL and Secure __Host- cookies on https', () => {
    const s = webSettingsFrom(
      loadConfig({ ...prodBase, ...oidc, SESSION_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://vs.example.nl/' }),
    )!;
    expect(s).toMatchObject({
      mode: 'oidc',
      publicUrl: 'https://vs.example.nl',
      secureCookies: true,
      sessionCookie: '__Host-vs-sessie',
    });
    expect(s.oidc).toMatchObject({ redirectUri: 'https://vs.example.nl/auth/callback', allowHttp: false });
  });

  it('refuses to start with an incomplete or unsafe combination, naming the setting', () => {
    expect(failure({ ...prodBase, ...oidc })).toContain(
      'SESSION_SECRET: required in production when OIDC_ISSUER is set',
    );
    expect(failure({ ...prodBase, ...oidc, SESSION_SECRET: 'x'.repeat(32), OIDC_ISSUER: 'http://idp' })).toContain(
      'OIDC_ISSUER: must be https in production',
    );
    expect(failure({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toContain('OIDC_CLIENT_ID: required with OIDC_ISSUER');
    expect(failure({ OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: 'vs' })).toContain(
      'OIDC_CLIENT_SECRET: required with OIDC_ISSUER',
    );
    expect(failure({ OIDC_CLIENT_ID: 'vs' })).toContain('OIDC_ISSUER: required with OIDC_CLIENT_ID');
    expect(failure({ SESSION_SECRET: 'kort' })).toContain('SESSION_SECRET: must be at least 32 characters');
    expect(failure({ PUBLIC_URL: 'https://vs.example.nl/pad' })).toContain(
      'PUBLIC_URL: must be an origin without a path',
    );
    expect(failure({ ...oidc })).toBe('ok');
  });
});
