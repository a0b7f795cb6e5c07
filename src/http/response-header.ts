// Setting a header on the response a handler returned, after the handler: in place on its own headers (hono's
// c.header() at that point would rebuild the whole response), or on a copy when they are immutable (a response
// passed through from fetch).
import type { Context } from 'hono';

export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(name, value);
  }
}
