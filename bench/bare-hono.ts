// Reference server for the benchmark: Hono on @hono/node-server, as the service uses it, with a handler that
// parses the CloudEvent and answers 202 with an id, and nothing else (no auth, validation or storage).

import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/health', (c) => c.text('ok'));
app.post('/x', async (c) =>
  c.json({ id: crypto.randomUUID(), status: 'ontvangen', n: ((await c.req.json()) as { id: string }).id }, 202),
);
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
process.on('SIGTERM', () => process.exit(0));
