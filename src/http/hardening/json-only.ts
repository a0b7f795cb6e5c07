// Strict content types: request bodies of the API are JSON (intake has its own CloudEvents media types).
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../problem.ts';

export const jsonOnly = createMiddleware<AppEnv>(async (c, next) => {
  const hasBody = c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH';
  if (hasBody && !c.req.path.endsWith('/gebeurtenissen')) {
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const length = Number(c.req.header('content-length') ?? '0');
    if (type !== 'application/json' && (type !== '' || length > 0)) throw new ApiError(415, 'Niet-ondersteund mediatype', 'Gebruik application/json.');
  }
  await next();
});
