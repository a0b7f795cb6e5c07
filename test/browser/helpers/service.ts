// The real app (createApp) on a real port, in this process, so a test can also drive the harness: its clock,
// its job runner, tokens for the API. In OIDC mode a test identity provider is started and configured.

import { type AddressInfo, createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../../src/app.ts';
import { createHarness, type Harness, type HarnessOptions } from '../../helpers/harness.ts';
import { type ProviderOptions, startTestProvider, type TestProvider } from '../../helpers/oidc-provider.ts';

export interface PagesService {
  url: string;
  harness: Harness;
  idp?: TestProvider;
  close(): Promise<void>;
}

/** A port the OS says is free now; needed before start when PUBLIC_URL must name it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function startPagesService(
  o: { oidc?: ProviderOptions | true; harness?: HarnessOptions } = {},
): Promise<PagesService> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const idp = o.oidc ? await startTestProvider(o.oidc === true ? {} : o.oidc) : undefined;
  const oidcEnv: Record<string, string> = idp
    ? { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret }
    : {};
  const harness = await createHarness({ ...o.harness, env: { PUBLIC_URL: url, ...oidcEnv, ...o.harness?.env } });
  const app = createApp({ runtime: harness.runtime });
  const server = await new Promise<{ close(cb: () => void): void }>((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    url,
    harness,
    idp,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await harness.close();
      await idp?.close();
    },
  };
}
