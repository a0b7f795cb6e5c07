// Lists: oldest first, at most 100 per page, a `volgende` link carrying an opaque cursor (`vanaf`).
import { type Cursor, encodeCursor } from '../app/paging.ts';

export { decodeCursor } from '../app/paging.ts';

/** The `volgende` link from the current URL, replacing only `vanaf`. */
export function nextLink(url: string, next: Cursor | null): string | undefined {
  if (!next) return undefined;
  const u = new URL(url);
  u.searchParams.set('vanaf', encodeCursor(next));
  return `${u.pathname}?${u.searchParams.toString()}`;
}
