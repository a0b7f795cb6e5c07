// Fails when a source file has more than 300 lines or a line longer than 120 characters (style.md); generated data
// and test fixtures are exempt. `npm run lint:size`; add `--verbose` to list every long line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { HOUSE_LIMITS, isChecked, measure, offenders } from './lint/size-rules.ts';

// Tracked and new (not ignored) files, so a file is checked before its first commit.
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((p) => p && isChecked(p));

const reports = files.map((p) => measure(p, readFileSync(p, 'utf8')));
const bad = offenders(reports);
const verbose = process.argv.includes('--verbose');
const { maxFileLines, maxLineLength } = HOUSE_LIMITS;

const tooLong = bad.filter((r) => r.tooManyLines).sort((a, b) => b.lines - a.lines);
for (const r of tooLong) console.log(`${r.path}: ${r.lines} lines (max ${maxFileLines})`);

const wide = bad.filter((r) => r.longLines.length > 0).sort((a, b) => b.longLines.length - a.longLines.length);
for (const r of wide) {
  if (verbose) for (const l of r.longLines) console.log(`${r.path}:${l.line}: ${l.length} characters`);
  else {
    const first = r.longLines[0].line;
    console.log(`${r.path}: ${r.longLines.length} lines over ${maxLineLength} characters (first at line ${first})`);
  }
}

const longLineCount = wide.reduce((n, r) => n + r.longLines.length, 0);
console.log(
  `size: ${files.length} files checked; ${tooLong.length} over ${maxFileLines} lines; ` +
    `${longLineCount} lines over ${maxLineLength} characters in ${wide.length} files`,
);
process.exitCode = bad.length > 0 ? 1 : 0;
