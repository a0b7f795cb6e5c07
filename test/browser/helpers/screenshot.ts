// Screenshots for the documentation: the whole page at a laptop's width. Every browser test takes them, so a page
// that cannot render fails; they land in docs/screenshots/<name>.png only with SCREENSHOTS=update (so a test run
// leaves the repository clean), otherwise in a temporary directory.

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR =
  process.env.SCREENSHOTS === 'update'
    ? fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url))
    : `${join(tmpdir(), 'vertreksignaal-screenshots')}/`;

export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name must be kebab-case: ${name}`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}
