// Runs in Node before the workerd project: the fake BRP server (Haal Centraal Personen API over the demo persons
// and the synthetic register) on a free loopback port, for the Worker under test to call over real HTTP as
// BRP_API_URL (test/workerd/project.ts passes the URLs in as bindings), and a control address beside it where
// tests read how many requests it answered, so they can tell the Worker really went over HTTP.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startFakeBrpServer } from '../../adapters/brp/fake-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fakeBrpUrl: string;
    fakeBrpControlUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const brp = await startFakeBrpServer({ recordRequests: false });
  const control = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ answered: brp.answered }));
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  project.provide('fakeBrpUrl', brp.url);
  project.provide('fakeBrpControlUrl', `http://127.0.0.1:${(control.address() as AddressInfo).port}/answered`);
  return async () => {
    await new Promise((resolve) => control.close(resolve));
    await brp.close();
  };
}
