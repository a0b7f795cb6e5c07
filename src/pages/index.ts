// Every staff page, registered in this order. A new page: one module with a `register(r: PageRouter)` function,
// added to this list before the placeholders (see docs/pages.md).
import type { PageRouter } from '../web/router.ts';
import { GEMEENTE_PAGES } from './gemeente/index.ts';
import { registerHome } from './home.tsx';
import { registerLog } from './logboek/index.tsx';
import { registerPlaceholders } from './placeholders.tsx';
import { registerSignalPages } from './signals/index.ts';
import { registerStatistics } from './statistieken/index.tsx';
import { registerWatchMarkings } from './watch-markings.tsx';

export const PAGES: ((r: PageRouter) => void)[] = [
  registerHome,
  ...GEMEENTE_PAGES,
  registerSignalPages,
  registerWatchMarkings,
  registerStatistics,
  registerLog,
  registerPlaceholders,
];
