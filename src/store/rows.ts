// Decoding stored rows into domain values, the same for every driver: JSON columns arrive as text (SQLite, D1) or
// parsed (PostgreSQL jsonb), integers as numbers or, for bigint columns, as numeric strings.

/** A JSON column's value; the store that wrote it knows its shape. */
export function fromJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export const int = (value: unknown): number => (typeof value === 'number' ? value : Number(value));
export const intOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : int(value));
export const text = (value: unknown): string => String(value);
export const textOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

export type Row = Record<string, unknown>;

/*
 * Optimistic concurrency: every update of an aggregate sets `version = CASE WHEN version = <read> THEN version + 1
 * END`. With a stale version that is NULL, which the NOT NULL column refuses, so the whole commit rolls back and the
 * driver reports a ConflictError. The same text works on SQLite, D1 and PostgreSQL.
 */
