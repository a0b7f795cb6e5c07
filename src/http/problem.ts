// One path for errors: every failure leaves as application/problem+json (RFC 9457), never with internals. Use cases
// refuse with AppError; this maps its code to a status.
import { AppError, ConflictError, type InvalidParam } from '../app/errors.ts';

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
export const unsupportedMediaType = (detail: string) => new ApiError(415, 'Niet-ondersteund mediatype', detail);

const TYPES: Record<number, string> = {
  400: 'https://vertreksignaal.nl/problemen/ongeldige-invoer',
  401: 'https://vertreksignaal.nl/problemen/niet-geauthenticeerd',
  403: 'https://vertreksignaal.nl/problemen/geen-toegang',
  404: 'https://vertreksignaal.nl/problemen/niet-gevonden',
  409: 'https://vertreksignaal.nl/problemen/conflict',
  413: 'https://vertreksignaal.nl/problemen/te-groot',
  415: 'https://vertreksignaal.nl/problemen/mediatype',
  429: 'https://vertreksignaal.nl/problemen/te-veel-verzoeken',
  500: 'https://vertreksignaal.nl/problemen/interne-fout',
  503: 'https://vertreksignaal.nl/problemen/niet-beschikbaar',
};

export const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet geauthenticeerd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  409: 'Conflict',
  413: 'Te groot',
  415: 'Niet-ondersteund mediatype',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Niet gereed',
};

export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  // The RFC 9457 members come last: an extension member can never overwrite them.
  const body = { ...extra, type: TYPES[status] ?? 'about:blank', title, status, ...(detail ? { detail } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}

const STATUS: Record<AppError['code'], number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-many': 429,
};

/** A use case's refusal as an ApiError. */
export function fromAppError(e: AppError): ApiError {
  const status = STATUS[e.code];
  const extra: Record<string, unknown> = {
    ...(e.extra.invalidParams ? { invalidParams: e.extra.invalidParams } : {}),
    ...(e.extra.currentStatus ? { huidigeStatus: e.extra.currentStatus } : {}),
    ...(e.extra.id ? { id: e.extra.id } : {}),
  };
  return new ApiError(status, TITLES[status], e.detail, extra);
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Lost a race with a concurrent action on the same resource: 409, nothing of this request was stored. */
export const lostRace = (e: unknown): ApiError | null =>
  e instanceof ConflictError
    ? new ApiError(409, TITLES[409], 'De gegevens zijn intussen door een andere actie gewijzigd. Laad ze opnieuw.')
    : null;
