// @hono/node-server's serve() for test code inside workerd (the test identity provider): the app's fetch answers
// the isolate's requests to a made-up loopback origin (test/workerd/loopback-http.ts). With TLS options the origin
// is https, as the service expects of an issuer at such an address; no certificate is involved inside the isolate.
import { listenLoopback } from './loopback-http.ts';

interface ServeOptions {
  fetch(req: Request): Response | Promise<Response>;
  serverOptions?: unknown;
}

export function serve(options: ServeOptions, ready?: () => void) {
  const listening = listenLoopback(async (req) => options.fetch(req), options.serverOptions ? 'https' : 'http');
  queueMicrotask(() => ready?.());
  return {
    address: () => ({ address: '127.0.0.1', family: 'IPv4', port: listening.port }),
    close(cb?: () => void) {
      listening.close();
      cb?.();
    },
  };
}
