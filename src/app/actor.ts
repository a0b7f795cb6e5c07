// Who acts: a person or system with one role, the municipalities it works for, and the organisation it is.
// Taken from a verified bearer token or a staff session; use cases check scope (which case, whose signal) here.
export const ROLES = ['brp-bron', 'gemeente', 'rvdk-iko', 'ca-ika', 'ciko', 'privacy'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  sub: string;
  role: Role;
  municipalities: readonly string[];
}

/** Whoever the logboek records: an actor, or a caller refused before a role was settled. */
export type Who = Pick<Actor, 'sub' | 'municipalities'> & { role: string };

/** The organisation a role acts for, as the logboek records it. */
export function organisationOf(a: Who): string {
  return a.role === 'gemeente' || a.role === 'brp-bron' ? a.municipalities.join(',') : a.role;
}

export const SYSTEM = { sub: 'vertreksignaal', role: 'systeem', org: 'vertreksignaal' } as const;

export const auditActor = (a: Who) => ({ sub: a.sub, role: a.role, org: organisationOf(a) });
