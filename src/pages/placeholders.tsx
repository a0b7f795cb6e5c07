// Until a role's real page exists, each menu path answers with a short "not yet" page, already behind the right
// roles. A real page registered earlier for the same path takes over; this list needs no edit when it arrives.

import { NAVIGATION } from '../web/roles.ts';
import type { PageRouter } from '../web/router.ts';
import { STAFF_ROLES, type StaffRole } from '../web/settings.ts';

/** Every menu path with the roles whose menu holds it: the §9 access table in one place. */
export function menuAccess(): Map<string, { label: string; roles: StaffRole[] }> {
  const out = new Map<string, { label: string; roles: StaffRole[] }>();
  for (const role of STAFF_ROLES) {
    for (const item of NAVIGATION[role]) {
      const entry = out.get(item.href) ?? { label: item.label, roles: [] };
      entry.roles.push(role);
      out.set(item.href, entry);
    }
  }
  return out;
}

export function registerPlaceholders(r: PageRouter) {
  for (const [path, { label, roles }] of menuAccess()) {
    r.get(path, { roles }, (c) =>
      c.render(<p class="nl-paragraph">Deze pagina komt er binnenkort. Tot dan kunt u dit werk doen via de API.</p>, {
        title: label,
      }),
    );
  }
}
