// Reads the sealed session cookie before a page handler and writes it back after, when it changed or slid.

import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { WebEnv } from '../env.ts';
import { seal, unseal } from './seal.ts';
import { remainingSeconds, Session, SessionState } from './session.ts';

export const SESSION_PURPOSE = 'sessie';

export const sessionMiddleware = createMiddleware<WebEnv>(async (c, next) => {
  const { settings, sealKey } = c.var.pages;
  const now = c.var.pages.host.now();
  const raw = getCookie(c, settings.sessionCookie);
  const payload = raw ? await unseal(raw, sealKey, SESSION_PURPOSE, now) : null;
  const stored = SessionState.safeParse(payload);
  const session = Session.resume(stored.success ? stored.data : null, now);
  c.set('session', session);
  await next();
  if (session.needsWrite) await writeSession(c, session, now);
});

async function writeSession(c: Context<WebEnv>, session: Session, now: number) {
  const { settings, sealKey } = c.var.pages;
  const maxAge = remainingSeconds(session.state, now);
  const value = await seal(session.state, sealKey, SESSION_PURPOSE, now, maxAge);
  setCookie(c, settings.sessionCookie, value, cookieOptions(settings.secureCookies, maxAge));
}

/** HttpOnly (no script reads it), SameSite=Lax (sent on the IdP's redirect back, not on cross-site POSTs). */
export function cookieOptions(secure: boolean, maxAge: number) {
  return { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge } as const;
}

export function clearCookie(c: Context<WebEnv>, name: string) {
  setCookie(c, name, '', cookieOptions(c.var.pages.settings.secureCookies, 0));
}
