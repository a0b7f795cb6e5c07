// Every API operation is declared here the same way: documented (operationId, summary, description, tag), with its
// authorisation beside it (the roles that may call it; scope is the use case's), and its error responses.
import type { MiddlewareHandler } from 'hono';
import { Problem } from '../../schemas/common.ts';
import type { Role } from '../app/actor.ts';
import { allow, authenticate } from './auth/middleware.ts';
import { jsonBody } from './body.ts';
import { type DocumentedRouteConfig, documentedRoute } from './documented-route.ts';
import type { AppEnv } from './env.ts';
import { TITLES } from './problem.ts';

export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: TITLES[s] ?? 'Fout', content: { 'application/problem+json': { schema: Problem } } },
    ]),
  );
}

type Guarded = { roles: readonly Role[] } | { roles: 'public' };

/** A route with its roles: `public`, or the roles that may call it (401 without a token, 403 for another role). */
export function apiRoute<P extends string, const R extends DocumentedRouteConfig<P> & Guarded>(r: R) {
  const { roles, ...route } = r;
  // One body reader for every request that can carry a body: JSON only, size and depth limited (400/413/415).
  const readsBody = route.method !== 'get' && route.method !== 'head';
  const middleware: MiddlewareHandler<AppEnv>[] = [
    ...(roles === 'public' ? [] : [authenticate, allow(roles)]),
    ...(readsBody ? [jsonBody()] : []),
  ];
  const rollen: string[] = roles === 'public' ? ['openbaar'] : [...roles];
  const security: { bearer: string[] }[] = roles === 'public' ? [] : [{ bearer: [] }];
  return documentedRoute({ ...route, security, middleware, 'x-rollen': rollen });
}
