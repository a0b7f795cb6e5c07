// Session lifetime (contract §9): 15 idle minutes, 8 hours at most, a fresh CSRF token at every sign-in.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABSOLUTE_MS, IDLE_MS } from '../settings.ts';
import { deriveSealKey, safeEqual, seal, unseal } from './seal.ts';
import { remainingSeconds, Session, type SessionUser, validity } from './session.ts';

const user: SessionUser = { sub: 'u1', roles: ['gemeente'], municipalities: ['0363'], role: 'gemeente', via: 'dev' };
const T0 = Date.parse('2026-11-23T09:00:00Z');

function signedIn(at = T0) {
  const s = Session.fresh(at);
  s.signIn(user, at);
  return s.state;
}

describe('session lifetime', () => {
  it('stays valid while every gap between requests is under 15 minutes and the total under 8 hours', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: IDLE_MS + 60_000 }), { maxLength: 60 }), (gaps) => {
        let state = signedIn();
        let now = T0;
        for (const gap of gaps) {
          now += gap;
          const expected = gap < IDLE_MS && now - T0 < ABSOLUTE_MS;
          const session = Session.resume(state, now);
          expect(!!session.user).toBe(expected);
          if (!expected) {
            expect(session.expired).toBe(gap >= IDLE_MS && now - T0 < ABSOLUTE_MS ? 'idle' : 'absolute');
            return;
          }
          state = session.state;
        }
      }),
    );
  });

  it('ends after 8 hours even when the user never stopped working', () => {
    let state = signedIn();
    for (let now = T0; now < T0 + ABSOLUTE_MS; now += 10 * 60_000) state = Session.resume(state, now).state;
    expect(Session.resume(state, T0 + ABSOLUTE_MS).user).toBeUndefined();
    expect(Session.resume(state, T0 + ABSOLUTE_MS).expired).toBe('absolute');
  });

  it('lets the cookie live until the absolute limit; the idle limit is checked by the server', () => {
    expect(remainingSeconds(signedIn(), T0)).toBe(ABSOLUTE_MS / 1000);
    expect(remainingSeconds(signedIn(T0), T0 + ABSOLUTE_MS - 60_000)).toBe(60);
    expect(validity({ ...signedIn(), started: T0 + 3_600_000 }, T0)).toBe('absolute');
  });

  it('gives a new CSRF token at sign-in and at sign-out, and keeps a flash message across them', () => {
    const s = Session.fresh(T0);
    const anonymous = s.csrfToken;
    s.flash('Welkom');
    s.signIn(user, T0);
    const inside = s.csrfToken;
    expect(inside).not.toBe(anonymous);
    s.signOut(T0);
    expect(s.csrfToken).not.toBe(inside);
    expect(s.user).toBeUndefined();
    expect(s.takeFlash()).toEqual({ type: 'ok', text: 'Welkom' });
    expect(s.takeFlash()).toBeUndefined();
  });
});

describe('sealed cookies', () => {
  it('opens what it sealed, and nothing altered, expired, sealed for another purpose or with another key', async () => {
    const key = await deriveSealKey('a'.repeat(40));
    const token = await seal({ a: 1 }, key, 'sessie', T0, 60);
    expect(await unseal(token, key, 'sessie', T0)).toMatchObject({ a: 1 });
    expect(await unseal(token, key, 'inloggen', T0)).toBeNull();
    expect(await unseal(token, key, 'sessie', T0 + 61_000)).toBeNull();
    expect(await unseal(token, await deriveSealKey('b'.repeat(40)), 'sessie', T0)).toBeNull();
    const parts = token.split('.');
    parts[3] = parts[3].replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    expect(await unseal(parts.join('.'), key, 'sessie', T0)).toBeNull();
    expect(token).not.toContain('"a"');
  });

  it('compares secrets by content only', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(safeEqual(a, b)).toBe(a === b);
        expect(safeEqual(a, a)).toBe(true);
      }),
    );
  });
});
