// One path for errors: every failure leaves as application/problem+json (RFC 9457), never with internals.
import type { ZodError } from 'zod';

export interface InvalidParam {
  name: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

export const badRequest = (invalidParams: InvalidParam[], detail = 'De invoer is ongeldig.') =>
  new ApiError(400, 'Ongeldige invoer', detail, { invalidParams });
export const notFound = (detail = 'Niet gevonden.') => new ApiError(404, 'Niet gevonden', detail);
export const forbidden = (detail = 'U heeft geen toegang tot deze gegevens.') => new ApiError(403, 'Geen toegang', detail);
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new ApiError(409, 'Conflict', detail, extra);

const TYPES: Record<number, string> = {
  400: 'https://vertreksignaal.nl/problemen/ongeldige-invoer',
  401: 'https://vertreksignaal.nl/problemen/niet-geauthenticeerd',
  403: 'https://vertreksignaal.nl/problemen/geen-toegang',
  404: 'https://vertreksignaal.nl/problemen/niet-gevonden',
  409: 'https://vertreksignaal.nl/problemen/conflict',
  413: 'https://vertreksignaal.nl/problemen/te-groot',
  415: 'https://vertreksignaal.nl/problemen/mediatype',
  429: 'https://vertreksignaal.nl/problemen/te-veel-verzoeken',
};

export function problemResponse(status: number, title: string, detail?: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  // The RFC 9457 members come last: an extension member can never overwrite them.
  const body = { ...extra, type: TYPES[status] ?? 'about:blank', title, status, ...(detail ? { detail } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
}

/** Zod issue paths as the contract names fields: `data.burgerservicenummer`, `[3].data.aangifte.datum`. */
export function invalidParamsFrom(error: ZodError, prefix = ''): InvalidParam[] {
  return error.issues.map((issue) => ({ name: joinPath(prefix, issue.path), reason: issue.message }));
}

export function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(body)';
}
