// The layer rules in .dependency-cruiser.cjs, shown a small tree that breaks each of them once (and follows them
// elsewhere): a rule whose path pattern matches nothing would pass silently.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DEPCRUISE = resolve('node_modules/.bin/depcruise');
const CONFIG = resolve('.dependency-cruiser.cjs');
const root = mkdtempSync(join(tmpdir(), 'vs-layers-'));

const DRIZZLE = "import { sql } from 'drizzle-orm';";
const TABLES = "import { cases } from '../../schemas/db/tables.ts';";
const HANDLER = "import { handler } from '../http/handler.ts';";

/** Path -> lines of the file. */
const tree: Record<string, string[]> = {
  'node_modules/drizzle-orm/package.json': ['{ "name": "drizzle-orm", "main": "index.js" }'],
  'node_modules/drizzle-orm/index.js': ['export const sql = 1;'],
  'node_modules/hono/package.json': ['{ "name": "hono", "main": "index.js" }'],
  'node_modules/hono/index.js': ['export const Hono = 1;'],
  'node_modules/zod/package.json': ['{ "name": "zod", "main": "index.js" }'],
  'node_modules/zod/index.js': ['export const z = 1;'],
  'schemas/db/tables.ts': [DRIZZLE, 'export const cases = sql;'],
  'schemas/db/parity.test.ts': ["import { cases } from './tables.ts';", 'export const t = cases;'],
  'schemas/common.ts': ["import { z } from 'zod';", 'export const id = z;'],
  'schemas/api.ts': [
    "import { z } from 'zod';",
    "import { rule } from '../src/core/rule.ts';",
    'export const a = [z, rule];',
  ],
  'schemas/leaky.ts': ["import { handler } from '../src/http/handler.ts';", 'export const l = handler;'],
  'src/core/rule.ts': [
    "import { z } from 'zod';",
    "import { id } from '../../schemas/common.ts';",
    'export const r = [z, id];',
  ],
  'src/core/impure.ts': [
    "import { readFileSync } from 'node:fs';",
    HANDLER,
    'export const i = [readFileSync, handler];',
  ],
  'src/core/ring-a.ts': ["import { b } from './ring-b.ts';", 'export const a = () => b;'],
  'src/core/ring-b.ts': ["import { a } from './ring-a.ts';", 'export const b = () => a;'],
  'src/core/rule.test.ts': ["import { readFileSync } from 'node:fs';", 'export const t = readFileSync;'],
  'src/store/cases.ts': [DRIZZLE, TABLES, 'export const s = [sql, cases];'],
  'src/app/close-case.ts': [
    "import { Hono } from 'hono';",
    HANDLER,
    "import { s } from '../store/cases.ts';",
    "import type { cases } from '../../schemas/db/tables.ts';",
    'export type C = typeof cases;',
    'export const u = [Hono, handler, s];',
  ],
  'src/app/sneaky-write.ts': [TABLES, 'export const w = cases;'],
  'src/http/handler.ts': ["import { s } from '../store/cases.ts';", 'export const handler = s;'],
  'src/http/ok.ts': ["import { u } from '../app/close-case.ts';", 'export const ok = u;'],
  'src/pages/page.tsx': ["import { q } from '../../adapters/store/queries.ts';", 'export const page = q;'],
  'src/jobs/job.ts': [DRIZZLE, "import { h } from '../../test/helpers/h.ts';", 'export const j = [sql, h];'],
  'src/intake/intake.ts': ["import { ApiError } from '../http/problem.ts';", 'export const i = ApiError;'],
  'src/http/problem.ts': ['export class ApiError {}'],
  'src/app.ts': ["import { ok } from './http/ok.ts';", 'export const app = ok;'],
  'src/jobs/typo.ts': ["import { x } from './does-not-exist.ts';", 'export const y = x;'],
  'adapters/store/queries.ts': [DRIZZLE, TABLES, 'export const q = [sql, cases];'],
  'adapters/queue/jobs.ts': [DRIZZLE, TABLES, 'export const j = [sql, cases];'],
  'adapters/webhook/http.ts': ["import { handler } from '../../src/http/handler.ts';", 'export const w = handler;'],
  'test/helpers/h.ts': [DRIZZLE, 'export const h = sql;'],
};

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

let violations: string[] = [];

beforeAll(() => {
  for (const [path, lines] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `${lines.join('\n')}\n`);
  }
  let out: string;
  try {
    out = execFileSync(DEPCRUISE, ['--config', CONFIG, '--output-type', 'json', 'src', 'adapters', 'schemas', 'test'], {
      cwd: root,
      encoding: 'utf8',
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const result = JSON.parse(out) as { summary: { violations: Violation[] } };
  violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('.dependency-cruiser.cjs (the layers)', () => {
  it.each([
    'no-circular: src/core/ring-a.ts -> src/core/ring-b.ts',
    // dependency-cruiser names built-ins without the node: prefix.
    'core-is-pure: src/core/impure.ts -> fs',
    'core-is-pure: src/core/impure.ts -> src/http/handler.ts',
    'only-stores-import-drizzle: src/jobs/job.ts -> node_modules/drizzle-orm/index.js',
    'only-stores-import-drizzle: test/helpers/h.ts -> node_modules/drizzle-orm/index.js',
    'one-writer-per-table: src/app/sneaky-write.ts -> schemas/db/tables.ts',
    'schemas-import-no-shell: schemas/leaky.ts -> src/http/handler.ts',
    'adapters-not-http: adapters/webhook/http.ts -> src/http/handler.ts',
    'app-not-http: src/app/close-case.ts -> node_modules/hono/index.js',
    'app-not-http: src/app/close-case.ts -> src/http/handler.ts',
    'edges-call-app-not-store: src/http/handler.ts -> src/store/cases.ts',
    'edges-call-app-not-store: src/pages/page.tsx -> adapters/store/queries.ts',
    'no-test-code-in-production: src/jobs/job.ts -> test/helpers/h.ts',
    'only-edges-import-http: src/intake/intake.ts -> src/http/problem.ts',
    'not-to-unresolvable: src/jobs/typo.ts -> ./does-not-exist.ts',
  ])('reports %s', (violation) => {
    expect(violations).toContain(violation);
  });

  it('lets each layer import what the design allows', () => {
    const allowed = [
      'src/store/cases.ts',
      'adapters/store/queries.ts',
      'adapters/queue/jobs.ts',
      'schemas/db/',
      'schemas/api.ts',
      'schemas/common.ts',
      'src/core/rule.ts',
      'src/core/rule.test.ts',
      'src/http/ok.ts',
      'src/app.ts',
    ];
    const wrongly = violations.filter((v) => allowed.some((a) => v.split(' -> ')[0].includes(`: ${a}`)));
    expect(wrongly).toEqual([]);
    // A type-only import of a table cannot write it.
    expect(violations.filter((v) => v.startsWith('one-writer-per-table: src/app/close-case.ts'))).toEqual([]);
  });

  it('reports nothing else', () => {
    expect(violations).toHaveLength(15);
  });
});
