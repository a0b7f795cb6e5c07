// The SQLite and PostgreSQL schemas hold the same tables, columns, nullability and indexes.

import { PgTable, getTableConfig as pgConfig } from 'drizzle-orm/pg-core';
import { SQLiteTable, getTableConfig as sqliteConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pg from './pg.ts';
import * as sqlite from './sqlite.ts';

const shape = (c: {
  name: string;
  columns: { name: string; notNull: boolean; primary: boolean }[];
  indexes: { config: { name?: string; unique?: boolean } }[];
}) => ({
  name: c.name,
  columns: c.columns
    .map((col) => ({ name: col.name, notNull: col.notNull, primary: col.primary }))
    .sort((a, b) => a.name.localeCompare(b.name)),
  indexes: c.indexes
    .map((i) => ({ name: i.config.name ?? '', unique: !!i.config.unique }))
    .sort((a, b) => a.name.localeCompare(b.name)),
});

describe('schema parity', () => {
  it('has the same tables in both dialects', () => {
    expect(
      Object.keys(pg)
        .filter((k) => (pg as Record<string, unknown>)[k] instanceof PgTable)
        .sort(),
    ).toEqual(
      Object.keys(sqlite)
        .filter((k) => (sqlite as Record<string, unknown>)[k] instanceof SQLiteTable)
        .sort(),
    );
  });

  for (const [name, table] of Object.entries(sqlite).filter(([, v]) => v instanceof SQLiteTable)) {
    it(`has the same columns, nullability and indexes for ${name}`, () => {
      const other = (pg as Record<string, unknown>)[name] as PgTable;
      expect(shape(pgConfig(other))).toEqual(shape(sqliteConfig(table as SQLiteTable)));
    });
  }
});
