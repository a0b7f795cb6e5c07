// Structured logs (pino). Only pseudonymous ids, statuses and counts: never a BSN, name or address.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  // Written through process.stdout so the test harness can check every line for personal data.
  return pino(
    { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    { write: (s: string) => process.stdout.write(s) },
  );
}
