// The staff pages (contract §9) as one unit: registerPages(app, host) mounts them on the app, after the API.
// Production without OIDC settings mounts nothing, so every page path answers 404 and the API works on.
import { Hono } from 'hono';
import { except } from 'hono/combine';
import { PAGES } from '../pages/index.ts';
import { registerAssets } from './assets.ts';
import { registerDevLogin } from './auth/dev-login.tsx';
import { registerLogout } from './auth/logout.ts';
import { registerOidcLogin } from './auth/oidc-login.ts';
import type { WebEnv, WebRuntime } from './env.ts';
import { notFoundPage, pageErrorHandler } from './errors.tsx';
import type { PagesHost } from './host.ts';
import { createOidcClient } from './oidc/client.ts';
import { PageRouter } from './router.ts';
import { deriveSealKey, randomToken } from './session/seal.ts';
import { webSettingsFrom } from './settings.ts';

/** Paths that are never pages: their unknown URLs keep the API's problem+json 404. */
const NOT_PAGES = ['/api/*', '/health/*', '/metrics', '/.well-known/*', '/assets/*'];

/**
 * Mounts assets, login, logout and every page of src/pages. Call it last in createApp: its catch-all answers
 * unknown page paths with the 404 page, so a route registered after it would never be reached.
 */
export function registerPages(app: { route(path: string, sub: Hono<WebEnv>): unknown }, host: PagesHost): void {
  const settings = webSettingsFrom(host.config);
  if (!settings) return;
  const secret = host.config.SESSION_SECRET ?? host.sessionSecret;
  if (!secret) host.logger.warn({}, 'staff pages: no SESSION_SECRET; sessions end when this process stops');
  const runtime: Promise<WebRuntime> = deriveSealKey(secret ?? randomToken()).then((sealKey) => ({
    host,
    settings,
    sealKey,
    oidc: settings.oidc ? createOidcClient(settings.oidc) : undefined,
  }));

  const web = new Hono<WebEnv>();
  web.onError(pageErrorHandler);
  const router = new PageRouter(web, () => runtime);
  // The stylesheet needs no page context: its routes live on a plain app, mounted here in the same place.
  const assets = new Hono();
  registerAssets(assets);
  web.route('/', assets);
  if (settings.mode === 'oidc') registerOidcLogin(router);
  else registerDevLogin(router);
  registerLogout(router);
  for (const register of PAGES) register(router);
  web.all(
    '*',
    except(NOT_PAGES, ...router.base, async (c) => notFoundPage(c)),
  );
  app.route('/', web);
}
