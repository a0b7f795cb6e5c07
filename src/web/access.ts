// Who may open a page, declared beside its route: anyone, any signed-in staff member, or listed roles only.
// A signed-in user becomes `principal` and `actor` on the context, the same variables the API's handlers use.

import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { forbidden } from '../app/errors.ts';
import type { WebEnv } from './env.ts';
import { actAs, recordRoleRefusal } from './host.ts';
import type { StaffRole } from './settings.ts';

export type Access = 'public' | 'signed-in' | { roles: readonly StaffRole[] };

export function requireAccess(access: Access) {
  return createMiddleware<WebEnv>(async (c, next) => {
    const user = c.var.session.user;
    if (user) actAs(c, user);
    if (access === 'public') return next();
    if (!user) return toLogin(c);
    if (typeof access === 'object' && !access.roles.includes(user.role)) {
      // As in the API: a refused attempt is in the logboek, and the page says why without showing anything.
      await recordRoleRefusal(c, c.var.pages.host, user);
      throw forbidden('Uw rol geeft geen toegang tot deze pagina.');
    }
    await next();
  });
}

/** Not signed in (or the session ran out): to the login, and back to this page afterwards when it was a GET. */
function toLogin(c: Context<WebEnv>) {
  const session = c.var.session;
  if (session.expired) session.flash('U was een tijd niet actief. Log opnieuw in om verder te gaan.', 'warning');
  const url = new URL(c.req.url);
  const back = c.req.method === 'GET' ? safeReturnPath(url.pathname + url.search) : '/';
  return c.redirect(back === '/' ? '/auth/login' : `/auth/login?naar=${encodeURIComponent(back)}`, 303);
}

/** Only a path on this site, never another host (`//evil`, `/\evil`) and never back into the login itself. */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || value.length > 500 || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/';
  if (hasControlCharacter(value) || value.startsWith('/auth/')) return '/';
  return value;
}

/**
 * Any C0 control character (U+0000 to U+001F). Browsers drop tabs and newlines from a URL, so `/\t/evil` would
 * become `//evil`, and CR/LF must never reach a Location header.
 */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) <= 0x1f) return true;
  }
  return false;
}
