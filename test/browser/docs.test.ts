// The interactive API reference renders in a real browser without internet: its script is served locally.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;
let browser: Browser;
let url = '';
let close = () => {};

beforeAll(async () => {
  h = await createHarness();
  const script = readFileSync(
    createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js'),
    'utf8',
  );
  const app = createApp({ runtime: h.runtime, docsScript: script });
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      url = `http://127.0.0.1:${info.port}`;
      close = () => server.close();
      resolve();
    });
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  close();
  await h?.close();
});

describe('API reference page', () => {
  it('shows every resource from the generated OpenAPI document', async () => {
    const page = await browser.newPage();
    const failedLocal: string[] = [];
    const elsewhere: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.url().startsWith(url)) failedLocal.push(r.url());
    });
    // The page works offline and tells no third party who reads it (no CDN, telemetry or AI agent).
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        elsewhere.push(new URL(r.url()).origin);
    });
    await page.goto(`${url}/api/v1/docs`, { waitUntil: 'load' });
    await page.getByText('Vertreksignaal API').first().waitFor({ timeout: 20_000 });
    for (const tag of [
      'Gebeurtenissen',
      'Vertrekmeldingen',
      'Kennisgevingen',
      'Signalen',
      'Aandachtsmarkeringen',
      'Risicoregels',
      'Logboek',
    ]) {
      await expect(page.getByText(tag, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await page.waitForTimeout(1000);
    expect(failedLocal).toEqual([]);
    expect([...new Set(elsewhere)]).toEqual([]);
    await page.close();
  });
});
