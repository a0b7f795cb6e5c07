// One JSON body reader for every route (contract §5 v2): a body is JSON of an accepted media type, within a size and
// a nesting limit, or the request ends here as problem+json: 400 (empty, not UTF-8, not JSON, nested too deep),
// 413 (too large, also when chunked without Content-Length) or 415 (a body without or with another Content-Type).
// Web APIs only (Node and Workers). Nothing of the body is ever echoed: it may hold personal data.

import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiError, badRequest } from './problem.ts';

export interface JsonBodyOptions {
  /** Largest body read, in bytes; more is 413. Default 2 MiB. */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects; deeper is 400. Default 32. */
  maxDepth?: number;
  /** Media types a body may have (without parameters). Default application/json. */
  mediaTypes?: readonly string[];
}

export type JsonBody = { present: false } | { present: true; text: string; value: unknown };

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 32;

const tooLarge = (max: number) => new ApiError(413, 'Te groot', `Het verzoek is groter dan ${max} bytes.`);
const unsupported = (types: readonly string[]) =>
  new ApiError(415, 'Niet-ondersteund mediatype', `Gebruik ${types.join(' of ')}.`);
const invalid = (reason: string) => badRequest([{ name: '(body)', reason }]);

/** Where a body's bytes come from: a web stream, or (on Node) the request stream itself. */
export type BodySource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Reads at most `max` bytes of a body; more throws 413 without reading the rest. */
async function readBounded(body: BodySource, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterator = (Symbol.asyncIterator in body ? body : iterate(body))[Symbol.asyncIterator]();
  for (;;) {
    const { done, value } = await iterator.next();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await iterator.return?.().catch(() => undefined);
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function* iterate(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Whether JSON text nests arrays and objects deeper than `max`: one pass, no recursion, brackets inside strings
 * ignored. Run before parsing, so a deep body is refused before anything walks it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) i = closingQuote(text, i);
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

/** Where the JSON string opened at `start` ends: its closing quote, or the end of the text when it is unclosed. */
function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // A backslash escapes the next character.
    if (ch === 0x5c) i++;
    else if (ch === 0x22) return i;
  }
  return text.length;
}

const mediaTypeOf = (header: string | null) => (header ?? '').split(';')[0].trim().toLowerCase();

/**
 * Reads and checks the JSON body of a request. `present: false` when there is none (no bytes, and no JSON
 * Content-Type promising some). Throws ApiError 400, 413 or 415 as described above.
 */
export async function readJsonBody(
  request: Request,
  o: JsonBodyOptions = {},
  source: BodySource | null = request.body,
): Promise<JsonBody> {
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = o.maxDepth ?? DEFAULT_MAX_DEPTH;
  const types = o.mediaTypes ?? ['application/json'];
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);

  const type = mediaTypeOf(request.headers.get('content-type'));
  const bytes = source ? await readBounded(source, maxBytes) : new Uint8Array(0);
  // No bytes is no body, unless it was declared JSON: then the JSON is missing.
  if (bytes.byteLength === 0) {
    if (types.includes(type)) throw invalid('ontbreekt');
    return { present: false };
  }
  if (!types.includes(type)) throw unsupported(types);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalid('geen geldige UTF-8');
  }
  if (nestsDeeperThan(text, maxDepth)) throw invalid(`te diep genest (meer dan ${maxDepth} niveaus)`);
  try {
    return { present: true, text, value: JSON.parse(text) };
  } catch {
    throw invalid('geen geldige JSON');
  }
}

/**
 * On Node, the request stream itself (@hono/node-server passes it as `env.incoming`): reading it directly skips
 * building a web Request and stream around it, a tenth of an intake request's CPU. Elsewhere undefined.
 */
function nodeStream(c: Context): AsyncIterable<Uint8Array> | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming && typeof incoming === 'object' && Symbol.asyncIterator in incoming
    ? (incoming as AsyncIterable<Uint8Array>)
    : undefined;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Middleware: checks the body of every POST, PUT, PATCH and DELETE with readJsonBody before any handler runs, and
 * leaves the text in hono's body cache, so `c.req.json()`, `c.req.text()` and the zod-openapi validators read the
 * checked body and never parse an unchecked one.
 *
 * @param mediaTypesFor the media types a route accepts, when not application/json (e.g. CloudEvents at intake)
 * @example api.use('*', jsonBody({ maxBytes }, (c) => (c.req.path.endsWith('/gebeurtenissen') ? CE_TYPES : undefined)))
 */
export function jsonBody(o: JsonBodyOptions = {}, mediaTypesFor?: (c: Context) => readonly string[] | undefined) {
  return createMiddleware(async (c, next) => {
    if (WITH_BODY.has(c.req.method)) {
      const options = { ...o, mediaTypes: mediaTypesFor?.(c) ?? o.mediaTypes };
      const body = await readJsonBody(c.req.raw, options, nodeStream(c) ?? c.req.raw.body);
      // The stream is read: later readers get the checked text (and its parse) from hono's body cache (it holds
      // promises, though its type names the Body methods).
      const cache = c.req.bodyCache as Record<string, unknown>;
      cache.text = Promise.resolve(body.present ? body.text : '');
      if (body.present) cache.json = Promise.resolve(body.value);
    }
    await next();
  });
}
