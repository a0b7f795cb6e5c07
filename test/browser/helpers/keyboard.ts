// Keyboard-only use: tab through a page and check that every stop shows where the focus is.
import type { Page } from 'playwright-core';

// Runs inside the page (page.evaluate): browser globals, which this DOM-less project does not type.
declare const document: any, window: any, getComputedStyle: (el: any) => any, innerHeight: number;

export interface FocusStop {
  tag: string;
  text: string;
  /** An outline of at least 2px, or a box shadow: what the user sees. */
  visible: boolean;
  inViewport: boolean;
}

export async function focusedElement(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as any;
    if (!el || el === document.body) return null;
    el.scrollIntoView({ block: 'nearest' });
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      // What a screen reader would call it: aria-label, else the label of a form field, else the text.
      text: (el.getAttribute('aria-label') ?? (el as any).labels?.[0]?.textContent ?? el.textContent ?? '')
        .trim()
        .slice(0, 80),
      visible: outline || (s.boxShadow !== 'none' && s.boxShadow !== ''),
      inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
    };
  });
}

/** Presses Tab until the focus is on an element matching `accessibleText` (or fails after `max` stops). */
export async function tabTo(page: Page, accessibleText: string | RegExp, max = 40): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedElement(page);
    if (!stop) continue;
    stops.push(stop);
    if (typeof accessibleText === 'string' ? stop.text === accessibleText : accessibleText.test(stop.text))
      return stops;
  }
  throw new Error(`no focus stop "${accessibleText}" within ${max} tabs: ${stops.map((s) => s.text).join(' | ')}`);
}

/** Every stop of one Tab round through the page; call it right after loading, when focus starts at the top. */
export async function allFocusStops(page: Page, max = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedElement(page);
    if (!stop) break;
    if (stops.length && stops[0].tag === stop.tag && stops[0].text === stop.text) break;
    stops.push(stop);
  }
  return stops;
}
