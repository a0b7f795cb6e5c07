// The one SQL vocabulary every store writes in, and every driver (node:sqlite, PostgreSQL, D1) renders.
// A query is a tagged template: values become bound parameters, lists expand, fragments nest. The text a driver
// receives is stable per call site, so each driver prepares it once (statement cache / named statements).

export type SqlValue = string | number | null;

/** A value list for `IN (…)`; drivers split long lists to stay under their parameter limit. */
export interface SqlList {
  readonly kind: 'list';
  readonly values: readonly SqlValue[];
}

export interface Query {
  readonly kind: 'query';
  readonly strings: readonly string[];
  readonly parts: readonly (SqlValue | SqlList | Query)[];
}

/** Rows for one multi-row INSERT; a driver splits them into statements within its parameter limit. */
export interface InsertMany {
  readonly kind: 'insert';
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly SqlValue[])[];
  /** `ignore`: skip rows whose key exists (idempotent writes). */
  readonly onConflict?: 'ignore';
}

/** What a unit of work hands to a driver: statements run in order, all or nothing. */
export type Write = Query | InsertMany;

export function sql(
  strings: TemplateStringsArray,
  ...parts: (SqlValue | SqlList | Query | boolean | undefined)[]
): Query {
  return { kind: 'query', strings, parts: parts.map(normalise) };
}

function normalise(p: SqlValue | SqlList | Query | boolean | undefined): SqlValue | SqlList | Query {
  if (p === undefined) return null;
  if (typeof p === 'boolean') return p ? 1 : 0;
  return p;
}

export const list = (values: readonly SqlValue[]): SqlList => ({ kind: 'list', values });

/** JSON columns: text on SQLite/D1, jsonb on PostgreSQL; both accept the serialised text as a parameter. */
export const json = (value: unknown): SqlValue =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** A fixed piece of SQL text (a column name chosen by the code, never by input). */
export const raw = (text: string): Query => ({ kind: 'query', strings: [text], parts: [] });

/** Joins fragments, e.g. optional WHERE conditions, with a separator. */
export function join(fragments: readonly Query[], separator: string): Query {
  if (fragments.length === 0) return sql`1 = 1`;
  const strings = ['', ...fragments.slice(1).map(() => separator), ''];
  return { kind: 'query', strings, parts: fragments };
}

export function insertMany(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  onConflict?: 'ignore',
): InsertMany {
  return { kind: 'insert', table, columns, rows, onConflict };
}

export type Placeholder = (index: number) => string;
export const sqlitePlaceholder: Placeholder = (i) => `?${i}`;
export const pgPlaceholder: Placeholder = (i) => `$${i}`;

export interface Rendered {
  text: string;
  params: SqlValue[];
}

/** Renders a query for a dialect: numbered placeholders, lists expanded in place. */
export function render(q: Query, placeholder: Placeholder): Rendered {
  const params: SqlValue[] = [];
  const text = renderInto(q, placeholder, params);
  return { text, params };
}

function renderInto(q: Query, placeholder: Placeholder, params: SqlValue[]): string {
  let text = q.strings[0];
  for (let i = 0; i < q.parts.length; i++) {
    const part = q.parts[i];
    if (part !== null && typeof part === 'object') {
      if (part.kind === 'query') text += renderInto(part, placeholder, params);
      else if (part.values.length === 0) text += '(NULL)';
      else {
        const marks = part.values.map((v) => {
          params.push(v);
          return placeholder(params.length);
        });
        text += `(${marks.join(', ')})`;
      }
    } else {
      params.push(part);
      text += placeholder(params.length);
    }
    text += q.strings[i + 1];
  }
  return text;
}

/** Splits a multi-row insert into statements of at most `maxParams` bound values each. */
export function renderInsert(w: InsertMany, placeholder: Placeholder, maxParams: number): Rendered[] {
  const perRow = w.columns.length;
  const rowsPerStatement = Math.max(1, Math.floor(maxParams / perRow));
  const out: Rendered[] = [];
  const head = `INSERT INTO ${w.table} (${w.columns.join(', ')}) VALUES `;
  const tail = w.onConflict === 'ignore' ? ' ON CONFLICT DO NOTHING' : '';
  for (let start = 0; start < w.rows.length; start += rowsPerStatement) {
    const rows = w.rows.slice(start, start + rowsPerStatement);
    const params: SqlValue[] = [];
    const tuples = rows.map((row) => {
      const marks = row.map((v) => {
        params.push(v);
        return placeholder(params.length);
      });
      return `(${marks.join(', ')})`;
    });
    out.push({ text: head + tuples.join(', ') + tail, params });
  }
  return out;
}

/** Values per `IN (…)` list in a write: within D1's 100 bound parameters with room for the statement's others. */
export const WRITE_LIST_LIMIT = 80;

/** Splits values into chunks for `IN (…)` lists under a driver's parameter limit (D1: 100 per statement). */
export function chunked<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
