// Lists: oldest first, at most 100 per page, a `volgende` link carrying an opaque cursor (`vanaf`).
import { z } from '@hono/zod-openapi';

export const PAGE_SIZE = 100;

export const Cursor = z
  .string()
  .max(200)
  .optional()
  .openapi({ description: 'Vervolgpunt uit de `volgende`-link' });

export interface CursorValue {
  at: number;
  id: string;
}

export function decodeCursor(v: string | undefined): CursorValue | null {
  if (!v) return null;
  const m = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(v);
  return m ? { at: Number(m[1]), id: m[2] } : null;
}

export const encodeCursor = (at: number, id: string) => `${at}_${id}`;

/** Builds the `volgende` link from the current URL, replacing only `vanaf`. */
export function nextLink(url: string, last: CursorValue | null): string | undefined {
  if (!last) return undefined;
  const u = new URL(url);
  u.searchParams.set('vanaf', encodeCursor(last.at, last.id));
  return `${u.pathname}?${u.searchParams.toString()}`;
}
