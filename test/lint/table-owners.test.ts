// One writer per table (issue 15): every table is written by exactly one module, its store. The stores speak SQL, so
// this reads every SQL write in the source (INSERT INTO, UPDATE, DELETE FROM, insertMany) and names its module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const OWNERS: Record<string, string> = {
  cases: 'src/store/cases.ts',
  notifications: 'src/store/notifications.ts',
  signals: 'src/store/signals.ts',
  sis_requests: 'src/store/sis-requests.ts',
  watch_markings: 'src/store/watch-markings.ts',
  events: 'src/store/events.ts',
  audit_log: 'src/store/audit-log.ts',
  jobs: 'adapters/queue/embedded-table.ts',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function writers(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b|insertMany\(\s*'([a-z_]+)'/g;
  for (const file of ['src', 'adapters', 'scripts'].flatMap((d) => sources(join(root, d)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(WRITE)) {
      const table = m[1] ?? m[2];
      if (!(table in OWNERS)) continue;
      const set = found.get(table) ?? new Set<string>();
      set.add(relative(root, file));
      found.set(table, set);
    }
  }
  return found;
}

describe('table owners', () => {
  it('has exactly one module writing each table, and it is that table’s store', () => {
    const found = writers();
    for (const [table, owner] of Object.entries(OWNERS)) expect([...(found.get(table) ?? [])], table).toEqual([owner]);
  });

  it('would notice a second writer (the check itself can fail)', () => {
    const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b/;
    expect(WRITE.exec(`sql\`UPDATE notifications SET status = \${s}\``)?.[1]).toBe('notifications');
  });
});
