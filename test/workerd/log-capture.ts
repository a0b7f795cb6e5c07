// The log capture of test/setup/log-capture.ts inside workerd, where the code under test logs through console:
// fails the test file when a line logged during it holds a BSN-shaped number or a demo person's name. Test files
// may share an isolate (test/workerd/project.ts), so console is wrapped once and each file checks its own lines.
import { afterAll } from 'vitest';
import { assertNoPersonalData } from '../setup/personal-data.ts';

const state = globalThis as { __capturedLog?: string[] };
const text = (arg: unknown) => {
  if (typeof arg === 'string') return arg;
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
};
if (!state.__capturedLog) {
  const captured: string[] = [];
  state.__capturedLog = captured;
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      captured.push(args.map(text).join(' '));
      original(...args);
    };
  }
}
const log = state.__capturedLog;
const from = log.length;

afterAll(() => assertNoPersonalData(log.slice(from)));
