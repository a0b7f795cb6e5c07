// The staff session: who is signed in, as which role, and the CSRF token bound to it. Expires after 15 idle
// minutes and at most 8 hours after sign-in (contract §9). Pure state and rules; the cookie lives in middleware.ts.
import { z } from 'zod';
import { ROLES } from '../../app/auth/principal.ts';
import { ABSOLUTE_MS, IDLE_MS, STAFF_ROLES, type StaffRole } from '../settings.ts';
import { randomToken } from './seal.ts';

export const SessionUser = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
  municipalities: z.array(z.string().regex(/^[0-9]{4}$/)),
  /** The one role the pages act as; the first staff role of the token unless the user picks another. */
  role: z.enum(STAFF_ROLES),
  via: z.enum(['oidc', 'dev']),
  /** Sent as id_token_hint at logout, so the identity provider ends its session without asking. */
  idToken: z.string().optional(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionState = z.object({
  csrf: z.string().min(32),
  /** Epoch ms: sign-in (or creation, for an anonymous session); the absolute limit counts from here. */
  started: z.number(),
  /** Epoch ms of the last request; the idle limit counts from here. */
  seen: z.number(),
  user: SessionUser.optional(),
  /** A one-time message for the next page (POST, redirect, GET). */
  flash: z.object({ type: z.enum(['ok', 'info', 'warning']), text: z.string().max(500) }).optional(),
});
export type SessionState = z.infer<typeof SessionState>;

export type Validity = 'valid' | 'idle' | 'absolute';
export type Flash = NonNullable<SessionState['flash']>;

/** Why a stored session no longer counts. Anonymous sessions only carry a CSRF token: no idle limit. */
export function validity(s: SessionState, now: number): Validity {
  if (now - s.started >= ABSOLUTE_MS || s.started > now + 60_000) return 'absolute';
  if (s.user && now - s.seen >= IDLE_MS) return 'idle';
  return 'valid';
}

/**
 * Seconds the cookie may live from now: until the absolute limit. The idle limit is enforced here on the server
 * (`seen`), not by the browser dropping the cookie, so the next page can say the session ran out.
 */
export function remainingSeconds(s: SessionState, now: number): number {
  return Math.max(1, Math.floor((s.started + ABSOLUTE_MS - now) / 1000));
}

export class Session {
  #state: SessionState;
  #dirty: boolean;

  private constructor(
    state: SessionState,
    dirty: boolean,
    readonly expired: Validity | null,
  ) {
    this.#state = state;
    this.#dirty = dirty;
  }

  static fresh(now: number, expired: Validity | null = null): Session {
    return new Session({ csrf: randomToken(), started: now, seen: now }, true, expired);
  }

  /** The stored session if it still counts; else a fresh anonymous one that knows why the old one ended. */
  static resume(stored: SessionState | null, now: number): Session {
    if (!stored) return Session.fresh(now);
    const v = validity(stored, now);
    if (v !== 'valid') return Session.fresh(now, stored.user ? v : null);
    // Every request of a signed-in user slides the idle window, so the cookie is rewritten.
    return stored.user ? new Session({ ...stored, seen: now }, true, null) : new Session(stored, false, null);
  }

  get user(): SessionUser | undefined {
    return this.#state.user;
  }
  get csrfToken(): string {
    return this.#state.csrf;
  }
  get needsWrite(): boolean {
    return this.#dirty;
  }
  get state(): SessionState {
    return this.#state;
  }

  /** A new CSRF token and a new start at sign-in: nothing from before the login carries over (no fixation). */
  signIn(user: SessionUser, now: number): void {
    this.#state = { csrf: randomToken(), started: now, seen: now, user, flash: this.#state.flash };
    this.#dirty = true;
  }

  signOut(now: number): void {
    this.#state = { csrf: randomToken(), started: now, seen: now, flash: this.#state.flash };
    this.#dirty = true;
  }

  switchRole(role: StaffRole): void {
    if (!this.#state.user) return;
    this.#state = { ...this.#state, user: { ...this.#state.user, role } };
    this.#dirty = true;
  }

  flash(text: string, type: Flash['type'] = 'ok'): void {
    this.#state = { ...this.#state, flash: { type, text } };
    this.#dirty = true;
  }

  takeFlash(): Flash | undefined {
    const message = this.#state.flash;
    if (message !== undefined) {
      const { flash: _drop, ...rest } = this.#state;
      this.#state = rest;
      this.#dirty = true;
    }
    return message;
  }
}
