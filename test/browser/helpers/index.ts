// Everything a page's browser test needs: start the service, open a watched page, log in, check, screenshot.

export { axeViolations, expectAccessible, WCAG_TAGS } from './axe.ts';
export { CHROMIUM_ARGS, launchChromium } from './chromium.ts';
export { allFocusStops, type FocusStop, focusedElement, tabTo } from './keyboard.ts';
export { devLogin, idpLogin, logout, signedInAs } from './login.ts';
export { type Probe, watch } from './probe.ts';
export { SCREENSHOT_DIR, screenshot } from './screenshot.ts';
export { freePort, type PagesService, startPagesService } from './service.ts';
