import { describe, expect, it } from 'vitest';
import { createLocalLocks } from './local-locks.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('local locks', () => {
  it('keeps callers of one name apart and lets other names run alongside', async () => {
    const withLocks = createLocalLocks();
    const log: string[] = [];
    const work = (id: string, names: string[]) =>
      withLocks(names, async () => {
        log.push(`${id}+`);
        await tick();
        log.push(`${id}-`);
      });
    await Promise.all([work('a', ['x']), work('b', ['x']), work('c', ['y'])]);
    expect(log.indexOf('b+')).toBeGreaterThan(log.indexOf('a-'));
    expect(log.indexOf('c+')).toBeLessThan(log.indexOf('a-'));
  });

  it(
    'does not deadlock when two callers name the same locks in opposite order, ' + 'and frees a lock after a throw',
    async () => {
      const withLocks = createLocalLocks();
      const results = await Promise.all([withLocks(['p', 'q'], async () => 1), withLocks(['q', 'p'], async () => 2)]);
      expect(results).toEqual([1, 2]);
      await expect(withLocks(['p'], async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await withLocks(['p'], async () => 'free')).toBe('free');
    },
  );
});
