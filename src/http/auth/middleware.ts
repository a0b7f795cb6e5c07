// Authentication (401) and role authorisation (403) for API routes, declared per route (src/http/route.ts). The acting
// role is the first of the route's roles the token holds; scope (which municipality, which organisation) is the use
// case's to check.
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../app/actor.ts';
import { PURPOSES, recordReads } from '../../app/audit/record.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../problem.ts';

const unauthorized = () =>
  new ApiError(
    401,
    'Niet geauthenticeerd',
    'Een geldig bearer-token is vereist.',
    {},
    { 'WWW-Authenticate': 'Bearer' },
  );

export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(c.req.header('authorization') ?? '');
  if (!match) throw unauthorized();
  const principal = await c.var.web.runtime.verifier.verify(match[1]);
  if (!principal) throw unauthorized();
  c.set('principal', principal);
  await next();
});

export function allow(roles: readonly Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const p = c.var.principal;
    const role = roles.find((r) => p.roles.includes(r));
    if (!role) {
      // A refused request is recorded: attempts at data are as telling as access.
      await recordReads(
        c.var.web.runtime.ctx,
        { sub: p.sub, role: p.roles[0] ?? 'geen-rol', municipalities: p.municipalities },
        [
          {
            operation: `geweigerd:rol:${c.req.method} ${c.req.routePath}`,
            objectType: 'route',
            purpose: PURPOSES.audit,
            outcome: 'geweigerd',
          },
        ],
      );
      throw new ApiError(403, 'Geen toegang', 'Uw rol geeft geen toegang tot deze functie.');
    }
    c.set('actor', { sub: p.sub, role, municipalities: p.municipalities });
    await next();
  });
}
