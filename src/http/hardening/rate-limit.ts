// Token-bucket rate limit per caller (the token's `sub`, i.e. the BRP source), in memory per instance.
// Protects intake from a runaway sender; a 429 carries Retry-After.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../problem.ts';

export function rateLimit(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.var.principal?.sub ?? 'anoniem';
    const t = now();
    const b = buckets.get(key) ?? { tokens: perMinute, at: t };
    b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * rate);
    b.at = t;
    if (b.tokens < 1) {
      buckets.set(key, b);
      const retryAfter = String(Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000)));
      throw new ApiError(
        429,
        'Te veel verzoeken',
        `Maximaal ${perMinute} verzoeken per minuut per bron.`,
        {},
        { 'Retry-After': retryAfter },
      );
    }
    b.tokens -= 1;
    buckets.set(key, b);
    await next();
  });
}
