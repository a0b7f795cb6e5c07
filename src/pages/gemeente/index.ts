// The municipal officer's pages (role gemeente, contract §9): work queue, case, notice, desk pre-check, search.
import type { PageRouter } from '../../web/router.ts';
import { registerCasePage } from './case-page.tsx';
import { registerNoticePage } from './notice-page.tsx';
import { registerPrecheck } from './precheck.tsx';
import { registerSearch } from './search.tsx';
import { registerWorkQueue } from './work-queue.tsx';

export const GEMEENTE_PAGES: ((r: PageRouter) => void)[] = [
  registerWorkQueue,
  registerCasePage,
  registerNoticePage,
  registerPrecheck,
  registerSearch,
];
