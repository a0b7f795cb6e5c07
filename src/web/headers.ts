// Security headers on every page (contract §9): a strict CSP without inline script, no framing, no referrer,
// and no caching anywhere, since any page may show personal data.
import { createMiddleware } from 'hono/factory';
import type { WebEnv } from './env.ts';

export function contentSecurityPolicy(formTargets: string[]): string {
  return [
    "default-src 'none'",
    // Scripts only from this origin (none today; a local enhancement script may follow), never inline.
    "script-src 'self'",
    "style-src 'self'",
    // The NL Design System styles draw a few icons as data: SVG.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Login and logout forms end at the identity provider, so its origin is a valid form destination.
    `form-action ${["'self'", ...formTargets].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export const pageHeaders = createMiddleware<WebEnv>(async (c, next) => {
  await next();
  // X-Frame-Options, X-Content-Type-Options and HSTS come from the app-wide secureHeaders; frame-ancestors
  // 'none' is the stricter rule and wins in browsers that know CSP.
  c.header('content-security-policy', contentSecurityPolicy(c.var.pages.oidc?.origins() ?? []));
  c.header('cache-control', 'no-store');
  c.header('referrer-policy', 'no-referrer');
  c.header('cross-origin-opener-policy', 'same-origin');
  c.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
});
