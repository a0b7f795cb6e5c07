// The generated stylesheet module matches its sources: after a package update, `npm run gen:styles` was run.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../scripts/gen-styles.ts';
import { STYLES_CSS, STYLES_HASH } from './styles.generated.ts';

describe('styles.generated.ts', () => {
  it('is what scripts/gen-styles.ts makes from the installed packages and app.css', async () => {
    const current = readFileSync(fileURLToPath(new URL('./styles.generated.ts', import.meta.url)), 'utf8');
    expect(await generate()).toBe(current);
  });

  it('loads nothing from another host', () => {
    expect(STYLES_CSS).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    expect(STYLES_HASH).toMatch(/^[0-9a-f]{16}$/);
  });
});
