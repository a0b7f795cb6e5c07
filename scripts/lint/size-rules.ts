// The size rules of the house style (style.md): files of at most 300 lines, lines of at most 120 characters.
// Pure: given paths and texts, returns the offenders; scripts/check-size.ts reads the files and reports.

export interface SizeLimits {
  maxFileLines: number;
  maxLineLength: number;
}

export const HOUSE_LIMITS: SizeLimits = { maxFileLines: 300, maxLineLength: 120 };

/** Code that counts: TypeScript and JavaScript sources, tests included. */
export const CODE_FILE = /\.(ts|tsx|js|mjs|cjs)$/;

/** Generated data and test fixtures are measured by what they hold, not by the style rules. */
export const EXEMPT_FILE = [
  /\.generated\.ts$/,
  /\.fixture\.ts$/,
  /(^|\/)fixtures\//,
  /^migrations\//,
  /^bench\/results\//,
];

export interface LongLine {
  line: number;
  length: number;
}

export interface SizeReport {
  path: string;
  lines: number;
  tooManyLines: boolean;
  longLines: LongLine[];
}

export function isChecked(path: string): boolean {
  return CODE_FILE.test(path) && !EXEMPT_FILE.some((re) => re.test(path));
}

/** Lines as an editor numbers them: a final newline does not start another line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Characters as a reader counts them (code points), so `é` or `…` is one. */
const lengthOf = (line: string) => [...line].length;

export function measure(path: string, text: string, limits: SizeLimits = HOUSE_LIMITS): SizeReport {
  const lines = splitLines(text);
  const longLines: LongLine[] = [];
  lines.forEach((l, i) => {
    const length = lengthOf(l);
    if (length > limits.maxLineLength) longLines.push({ line: i + 1, length });
  });
  return { path, lines: lines.length, tooManyLines: lines.length > limits.maxFileLines, longLines };
}

export function offenders(reports: SizeReport[]): SizeReport[] {
  return reports.filter((r) => r.tooManyLines || r.longLines.length > 0);
}
