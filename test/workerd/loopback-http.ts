// node:http's createServer for test code inside workerd. There a server cannot listen on a real port, so each
// server gets a made-up port on 127.0.0.1 and the isolate's fetch() to that origin is answered by its handler.
// Enough of IncomingMessage/ServerResponse for the test servers (webhook receivers, a JWKS endpoint); no more.
// test/workerd/node-server.ts does the same for @hono/node-server's serve (the test identity provider).
import { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders, RequestListener } from 'node:http';

const servers = new Map<string, (req: Request) => Promise<Response>>();
const realFetch = globalThis.fetch;
globalThis.fetch = ((input: Request | string | URL, init?: RequestInit) => {
  const req = new Request(input, init);
  const handler = servers.get(new URL(req.url).origin);
  return handler ? handler(req) : realFetch(input, init);
}) as typeof fetch;

let nextPort = 40_000;

/** Answers the isolate's fetch() to a new made-up origin on 127.0.0.1 with `handle`, until closed. */
export function listenLoopback(handle: (req: Request) => Promise<Response>, scheme: 'http' | 'https' = 'http') {
  const port = nextPort++;
  const origin = `${scheme}://127.0.0.1:${port}`;
  servers.set(origin, handle);
  return { port, origin, close: () => servers.delete(origin) };
}

class IncomingMessage extends EventEmitter {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: IncomingHttpHeaders,
  ) {
    super();
  }
}

class ServerResponse {
  private status = 200;
  private headers = new Headers();
  constructor(private readonly done: (res: Response) => void) {}
  writeHead(status: number, headers: Record<string, string> = {}) {
    this.status = status;
    for (const [k, v] of Object.entries(headers)) this.headers.set(k, v);
    return this;
  }
  end(body?: string) {
    const empty = this.status === 204 || this.status === 304;
    this.done(new Response(empty ? null : (body ?? ''), { status: this.status, headers: this.headers }));
    return this;
  }
}

export function createServer(listener: RequestListener) {
  let listening: ReturnType<typeof listenLoopback> | null = null;
  const handle = async (req: Request) => {
    const body = new Uint8Array(await req.arrayBuffer());
    const url = new URL(req.url);
    const msg = new IncomingMessage(req.method, url.pathname + url.search, Object.fromEntries(req.headers));
    const answered = new Promise<Response>((resolve) =>
      // The listener is typed for node:http's classes; this shim gives it the few members it reads.
      (listener as unknown as (q: unknown, s: unknown) => void)(msg, new ServerResponse(resolve)),
    );
    if (body.length) msg.emit('data', Buffer.from(body));
    msg.emit('end');
    return answered;
  };
  return {
    listen(_port: number, _host: string, cb?: () => void) {
      listening = listenLoopback(handle);
      cb?.();
      return this;
    },
    address: () => ({ address: '127.0.0.1', family: 'IPv4', port: listening?.port ?? 0 }),
    close(cb?: () => void) {
      listening?.close();
      cb?.();
      return this;
    },
  };
}

export type { IncomingHttpHeaders, Server } from 'node:http';
