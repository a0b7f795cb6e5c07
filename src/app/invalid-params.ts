// Zod issue paths as the contract names fields: `data.burgerservicenummer`, `[3].data.aangifte.datum`.
import type { ZodError } from 'zod';
import type { InvalidParam } from './errors.ts';

export function invalidParamsFrom(error: ZodError, prefix = ''): InvalidParam[] {
  return error.issues.map((issue) => ({ name: joinPath(prefix, issue.path), reason: issue.message }));
}

export function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(body)';
}
