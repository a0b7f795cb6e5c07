// Watches a page for what must never happen: a request to another origin, a CSP violation, a script error, a
// failed request to the service itself. `assertClean()` fails the test with the list.
import type { Page } from 'playwright-core';

export interface Probe {
  /** Origins the browser may navigate to (the identity provider); subresources must always be same-origin. */
  allowNavigationTo(origin: string): void;
  problems(): string[];
  assertClean(): void;
}

export function watch(page: Page, serviceUrl: string): Probe {
  const self = new URL(serviceUrl).origin;
  const navigable = new Set([self]);
  const found: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('about:')) return;
    const origin = new URL(url).origin;
    const isNavigation = r.isNavigationRequest() && r.frame() === page.mainFrame();
    if (isNavigation ? !navigable.has(origin) : origin !== self) found.push(`request to another origin: ${origin}`);
  });
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(self))
      found.push(`failed request: ${new URL(r.url()).pathname} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) found.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => found.push(`script error: ${e.message}`));
  return {
    allowNavigationTo: (origin) => void navigable.add(new URL(origin).origin),
    problems: () => [...found],
    assertClean() {
      if (found.length) throw new Error(`page problems:\n${found.join('\n')}`);
    },
  };
}
