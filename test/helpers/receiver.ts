// A webhook receiver on loopback that can be down, fail, or accept; it records what arrived.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export async function startReceiver() {
  const received: Received[] = [];
  let mode: 'ok' | 'fail' = 'ok';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (mode === 'fail') {
        res.writeHead(503).end();
        return;
      }
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    setMode(m: 'ok' | 'fail') {
      mode = m;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
