// A cookie-keeping client for page routes without a browser (app.request): follow a form flow, read the CSRF
// token from the last page, log in through the dev login. For quick page tests; the browser tests use Chromium.

export interface PageResponse {
  status: number;
  headers: Headers;
  html: string;
  location: string | null;
}

export function pageClient(app: { request(path: string, init?: RequestInit): Response | Promise<Response> }) {
  const jar = new Map<string, string>();
  let csrf = '';

  async function send(method: string, path: string, fields?: Record<string, string>): Promise<PageResponse> {
    const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (fields) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await app.request(path, {
      method,
      headers,
      body: fields ? new URLSearchParams(fields).toString() : undefined,
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attrs] = cookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (!value || attrs.some((a) => /^\s*max-age=0$/i.test(a))) jar.delete(name);
      else jar.set(name, value);
    }
    const html = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html);
    if (token) csrf = token[1];
    return { status: res.status, headers: res.headers, html, location: res.headers.get('location') };
  }

  return {
    jar,
    get csrf() {
      return csrf;
    },
    get: (path: string) => send('GET', path),
    /** Posts a form with the CSRF token of the last page read, unless the fields bring their own `_csrf`. */
    post: (path: string, fields: Record<string, string> = {}) => send('POST', path, { _csrf: csrf, ...fields }),
    postWithout: (path: string, fields: Record<string, string> = {}) => send('POST', path, fields),
    async loginAs(role: string, gemeentecodes = '0363'): Promise<PageResponse> {
      await send('GET', '/auth/login');
      return send('POST', '/auth/dev-login', { _csrf: csrf, rol: role, gemeentecodes });
    },
  };
}

/** The visible text of a page, tags removed and whitespace folded: for "the page says …" assertions. */
export const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
