// axe-core in the page, with the WCAG 2.0, 2.1 and 2.2 A and AA rules: zero violations, or the test fails with
// each rule, its help text and the elements concerned.

import axe from 'axe-core';
import type { Page } from 'playwright-core';

// Runs inside the page (page.evaluate): browser globals, which this DOM-less project does not type.
declare const document: any, window: any, getComputedStyle: (el: any) => any, innerHeight: number;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The violations, plus colour-contrast checks axe could not settle ("incomplete"): axe files text that has the
 * same colour as its background there, as possibly hidden, and such text is exactly what must not pass.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: no inline script is needed.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    type Result = { id: string; help: string; nodes: { target: unknown[] }[] };
    // axe.source, evaluated above, put `axe` on the page's window.
    const axeRun: { run(ctx: unknown, opts: unknown): Promise<Record<string, Result[]>> } = window.axe;
    const result = await axeRun.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const unsettledContrast = result.incomplete.filter((r) => r.id === 'color-contrast');
    return [...result.violations, ...unsettledContrast].map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, WCAG_TAGS);
}

/** Fails with a readable list when axe finds anything. */
export async function expectAccessible(page: Page, what = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  const lines = violations.map(
    (v) => `- ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
  throw new Error(`axe found ${violations.length} WCAG violation(s) on ${what}:\n${lines.join('\n')}`);
}
