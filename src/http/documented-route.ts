// createRoute, with what the NL API Design Rules (.spectral.yaml) ask of every operation required by the type:
// an operationId (stable method names in generated clients), a summary, a description and at least one tag.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';

export type DocumentedRouteConfig<P extends string = string> = Omit<RouteConfig, 'path'> & {
  path: P;
  operationId: string;
  summary: string;
  description: string;
  tags: [string, ...string[]];
};

/** Same result as createRoute, so handlers stay typed from the route (`RouteHandler<typeof route>`). */
export function documentedRoute<P extends string, const R extends DocumentedRouteConfig<P>>(route: R) {
  return createRoute(route);
}
