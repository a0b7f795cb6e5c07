// POST /auth/logout: ends the session here and, when the identity provider offers it, there too.

import { assertCsrf } from '../csrf.ts';
import type { PageRouter } from '../router.ts';

export function registerLogout(r: PageRouter) {
  r.post(
    '/auth/logout',
    'public',
    async (c) => {
      const session = c.var.session;
      const user = session.user;
      // Already signed out (or timed out): nothing to end, so no token is needed and no refusal is shown.
      if (!user) return c.redirect('/', 303);
      await assertCsrf(c);
      session.signOut(c.var.pages.host.now());
      session.flash('U bent uitgelogd.', 'info');
      const oidc = c.var.pages.oidc;
      const endSession = user.via === 'oidc' && oidc ? await oidc.endSessionUrl(user.idToken) : null;
      return c.redirect(endSession ?? '/', 303);
    },
    { csrf: 'in-handler' },
  );
}
