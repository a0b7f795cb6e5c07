// Login through the identity provider: /auth/login sends the browser there, /auth/callback takes the answer.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { principalFrom } from '../../app/auth/principal.ts';
import { safeReturnPath } from '../access.ts';
import type { WebEnv } from '../env.ts';
import { loginFailedPage } from '../errors.tsx';
import { LoginTransaction, type OidcClient } from '../oidc/client.ts';
import { OidcError } from '../oidc/discovery.ts';
import { signedInAs } from '../roles.ts';
import type { PageRouter } from '../router.ts';
import { clearCookie, cookieOptions } from '../session/middleware.ts';
import { seal, unseal } from '../session/seal.ts';
import { STAFF_ROLES } from '../settings.ts';

const LOGIN_PURPOSE = 'inloggen';
const LOGIN_TTL_SECONDS = 600;
/** Cookies stay under 4 kB; a longer ID token is not kept, and logout then sends only client_id. */
const MAX_KEPT_ID_TOKEN = 1800;

type LoginResult = Awaited<ReturnType<OidcClient['finishLogin']>>;

export function registerOidcLogin(r: PageRouter) {
  r.get('/auth/login', 'public', async (c) => {
    const { settings, sealKey } = c.var.pages;
    const returnTo = safeReturnPath(c.req.query('naar'));
    if (c.var.session.user) return c.redirect(returnTo, 303);
    const { url, tx } = await oidcClientOf(c).startLogin(returnTo);
    const now = c.var.pages.host.now();
    const sealed = await seal(tx, sealKey, LOGIN_PURPOSE, now, LOGIN_TTL_SECONDS);
    setCookie(c, settings.loginCookie, sealed, cookieOptions(settings.secureCookies, LOGIN_TTL_SECONDS));
    return c.redirect(url, 303);
  });

  r.get('/auth/callback', 'public', async (c) => {
    const tx = await takeTransaction(c);
    if (!tx) {
      return loginFailedPage(
        c,
        400,
        'Het inloggen duurde te lang, of is in een ander venster begonnen. Probeer het opnieuw.',
      );
    }
    let result: LoginResult;
    try {
      result = await oidcClientOf(c).finishLogin(new URL(c.req.url).searchParams, tx);
    } catch (err) {
      return refusedByProvider(c, err);
    }
    return signInStaff(c, result, tx.returnTo);
  });
}

/** The identity provider client: the runtime has one in OIDC mode, the only mode that registers these routes. */
function oidcClientOf(c: Context<WebEnv>): OidcClient {
  const { oidc } = c.var.pages;
  if (!oidc) throw new Error('staff login: OIDC login registered without an identity provider client');
  return oidc;
}

/** The identity provider said no (or answered wrongly): the failure page; anything else is a fault. */
function refusedByProvider(c: Context<WebEnv>, err: unknown) {
  if (!(err instanceof OidcError)) throw err;
  c.var.pages.host.logger.warn({ requestId: c.get('requestId'), code: err.code }, 'staff login refused');
  if (err.code === 'idp_access_denied')
    return loginFailedPage(c, 403, 'U heeft het inloggen afgebroken, of u mag niet inloggen.');
  return loginFailedPage(c, 400, 'Het inloggen is niet gelukt. Probeer het opnieuw.');
}

/** A session for a user with a staff role (and, for a municipality, its codes); otherwise the failure page. */
function signInStaff(c: Context<WebEnv>, result: LoginResult, returnTo: string) {
  const principal = principalFrom(result.claims);
  const role = STAFF_ROLES.find((r) => principal?.roles.includes(r));
  if (!principal || !role) {
    c.var.pages.host.logger.warn({ requestId: c.get('requestId'), code: 'no_staff_role' }, 'staff login refused');
    return loginFailedPage(
      c,
      403,
      'Uw account heeft geen rol in Vertreksignaal. Vraag de beheerder van uw organisatie om een rol.',
    );
  }
  if (role === 'gemeente' && principal.municipalities.length === 0) {
    return loginFailedPage(c, 403, 'Uw account hoort bij geen enkele gemeente. Vraag de beheerder om uw gemeentecode.');
  }
  const user = {
    sub: principal.sub,
    roles: principal.roles,
    municipalities: principal.municipalities,
    role,
    via: 'oidc' as const,
    ...(result.idToken.length <= MAX_KEPT_ID_TOKEN ? { idToken: result.idToken } : {}),
  };
  c.var.session.signIn(user, c.var.pages.host.now());
  c.var.session.flash(`U bent ingelogd als ${signedInAs(user)}.`);
  return c.redirect(returnTo, 303);
}

/** The login transaction from its cookie, which is removed: a callback can be used once. */
async function takeTransaction(c: Context<WebEnv>): Promise<LoginTransaction | null> {
  const { settings, sealKey } = c.var.pages;
  const raw = getCookie(c, settings.loginCookie);
  if (!raw) return null;
  clearCookie(c, settings.loginCookie);
  const parsed = LoginTransaction.safeParse(await unseal(raw, sealKey, LOGIN_PURPOSE, c.var.pages.host.now()));
  return parsed.success ? { ...parsed.data, returnTo: safeReturnPath(parsed.data.returnTo) } : null;
}
