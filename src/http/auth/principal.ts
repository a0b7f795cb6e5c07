// Who is calling: the verified claims this service relies on (contract §4).
import { z } from '@hono/zod-openapi';

export const ROLES = ['brp-bron', 'gemeente', 'rvdk-iko', 'ca-ika', 'ciko', 'privacy'] as const;
export type Role = (typeof ROLES)[number];

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

/** The organisation a role acts for, as recorded in the audit log and used for signal scoping. */
export function organisationOf(p: Principal, role: Role): string {
  return role === 'gemeente' || role === 'brp-bron' ? `gemeente:${p.municipalities.join(',')}` : role;
}
