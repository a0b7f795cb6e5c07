// Canonical JSON: the same bytes for the same content, at any nesting depth.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

/** The recursive definition the iterative one must match (the former implementation). */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

/** The same object with its keys inserted in reverse order, at every level. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reversedKeys(x)]),
    );
  return v;
}

describe('canonicalJson', () => {
  it('writes what the recursive definition writes, undefined members left out', () => {
    const value = fc.jsonValue().chain((j) =>
      fc.oneof(
        fc.constant(j as unknown),
        fc.record({
          a: fc.constant(j),
          b: fc.constant(undefined),
          c: fc.array(fc.oneof(fc.constant(undefined), fc.constant(j))),
        }),
      ),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
  });

  it('is valid JSON of the same content, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(reversedKeys(v))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('handles nesting far deeper than the call stack allows', () => {
    const depth = 200_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    let obj: unknown = 1;
    for (let i = 0; i < depth; i++) obj = { k: obj };
    expect(canonicalJson(obj).length).toBe(depth * 6 + 1);
  });

  it('refuses a cycle instead of looping, and allows a shared value', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(TypeError);
    const shared = { x: 1 };
    expect(canonicalJson([shared, { y: shared }])).toBe('[{"x":1},{"y":{"x":1}}]');
  });
});
