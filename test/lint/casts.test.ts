// Wiring by cast (issue 15): no `as never`, and at most three `as unknown as`, each with a comment that says why,
// on its line or the line above. A cast the type checker cannot see through is where a wrong type hides.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NEVER = /\bas never\b/;
const UNKNOWN = /\bas unknown as\b/;
const MAX_UNKNOWN = 3;

interface Cast {
  at: string;
  commented: boolean;
}

/** Casts in one file's text; a comment counts when it is on the cast's line or the line before. */
function castsIn(path: string, text: string, pattern: RegExp): Cast[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (!pattern.test(code)) return [];
    const commented = /\/\/|\/\*/.test(line) || /^\s*(\/\/|\*|\/\*)/.test(lines[i - 1] ?? '');
    return [{ at: `${path}:${i + 1}`, commented }];
  });
}

function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((p) => /\.(ts|tsx)$/.test(p) && !p.endsWith('.generated.ts') && p !== 'test/lint/casts.test.ts');
}

describe('casts', () => {
  const files = sourceFiles().map((p) => ({ path: p, text: readFileSync(`${root}${p}`, 'utf8') }));

  it('has no `as never`', () => {
    expect(files.flatMap((f) => castsIn(f.path, f.text, NEVER)).map((c) => c.at)).toEqual([]);
  });

  it(`has at most ${MAX_UNKNOWN} \`as unknown as\`, each with a comment`, () => {
    const found = files.flatMap((f) => castsIn(f.path, f.text, UNKNOWN));
    expect(found.length, found.map((c) => c.at).join(', ')).toBeLessThanOrEqual(MAX_UNKNOWN);
    expect(found.filter((c) => !c.commented).map((c) => c.at)).toEqual([]);
  });

  it('would notice a cast, with or without a comment (the check itself can fail)', () => {
    expect(castsIn('a.ts', 'const x = y as never;', NEVER)).toEqual([{ at: 'a.ts:1', commented: false }]);
    expect(castsIn('a.ts', '// why\nconst x = y as unknown as T;', UNKNOWN)).toEqual([
      { at: 'a.ts:2', commented: true },
    ]);
    expect(castsIn('a.ts', 'f();\nconst x = y as unknown as T;', UNKNOWN)[0].commented).toBe(false);
    expect(castsIn('a.ts', '// the word as never in prose', NEVER)).toEqual([]);
  });
});
