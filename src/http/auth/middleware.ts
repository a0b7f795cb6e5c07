// Authentication (401) and role/municipality authorisation (403) for the API routes.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiError, forbidden } from '../problem.ts';
import { recordRefusal } from '../audit.ts';
import type { Principal, Role } from './principal.ts';

const unauthorized = () => new ApiError(401, 'Niet geauthenticeerd', 'Een geldig bearer-token is vereist.', {});

export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header);
  if (!match) throw unauthorized();
  const principal = await c.var.deps.verifier.verify(match[1]);
  if (!principal) throw unauthorized();
  c.set('principal', principal);
  await next();
});

export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const p = c.var.principal;
    const role = roles.find((r) => p.roles.includes(r));
    if (!role) {
      await recordRefusal(c, 'rol');
      throw forbidden('Uw rol geeft geen toegang tot deze functie.');
    }
    c.set('role', role);
    await next();
  });
}

export function assertMunicipality(p: Principal, code: string): void {
  if (!p.municipalities.includes(code)) throw forbidden('Deze gegevens horen bij een andere gemeente.');
}
