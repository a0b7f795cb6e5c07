// Who is calling: the verified claims this service relies on (contract §4).
import { z } from 'zod';

import { ROLES, type Role } from '../actor.ts';

export { ROLES, type Role };

export const Claims = z.object({
  sub: z.string().min(1),
  roles: z.array(z.string()),
  gemeentecodes: z.array(z.string().regex(/^[0-9]{4}$/)).optional(),
});

export interface Principal {
  sub: string;
  roles: Role[];
  municipalities: string[];
}

export function principalFrom(payload: unknown): Principal | null {
  const parsed = Claims.safeParse(payload);
  if (!parsed.success) return null;
  return {
    sub: parsed.data.sub,
    roles: parsed.data.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    municipalities: parsed.data.gemeentecodes ?? [],
  };
}
