// One pagination for every list: oldest first on (created_at, id), a page at a time, an opaque cursor for the next.
import { join, type Query, raw, sql } from './sql.ts';

export interface Cursor {
  at: number;
  id: string;
}

export const PAGE_SIZE = 100;

/** `SELECT … WHERE <conditions> AND after(cursor) ORDER BY created_at, id LIMIT n`. */
export function pageQuery(
  select: Query,
  conditions: readonly Query[],
  cursor: Cursor | null,
  limit: number,
  column = 'created_at',
): Query {
  const all = [...conditions];
  const col = raw(column);
  if (cursor) all.push(sql`(${col} > ${cursor.at} OR (${col} = ${cursor.at} AND id > ${cursor.id}))`);
  return sql`${select} WHERE ${join(all, ' AND ')} ORDER BY ${col}, id LIMIT ${limit}`;
}

export function encodeCursor(c: Cursor): string {
  return `${c.at}_${c.id}`;
}

export function decodeCursor(v: string | undefined | null): Cursor | null {
  if (!v) return null;
  const m = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(v);
  return m ? { at: Number(m[1]), id: m[2] } : null;
}

/** A page of at most `limit` items, and the cursor after its last item when more may follow. */
export function pageOf<T extends { createdAt: number; id: string }>(
  rows: T[],
  limit: number,
): { items: T[]; next: Cursor | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? { at: last.createdAt, id: last.id } : null };
}
