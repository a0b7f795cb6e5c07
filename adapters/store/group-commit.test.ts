import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

describe('groupCommit', () => {
  it('coalesces concurrent writes into one commit', async () => {
    const commits: number[][] = [];
    const write = groupCommit<number>(async (items) => {
      await new Promise((r) => setTimeout(r, 5));
      commits.push(items);
    });
    await Promise.all([write([1]), write([2, 3]), write([4])]);
    expect(commits.flat().sort()).toEqual([1, 2, 3, 4]);
    expect(commits.length).toBeLessThan(3);
  });

  it('isolates a failing group: the others still commit, the failing caller gets its error', async () => {
    const committed: number[] = [];
    const write = groupCommit<number>(async (items) => {
      await new Promise((r) => setTimeout(r, 1));
      if (items.includes(13)) throw new Error('constraint');
      committed.push(...items);
    });
    const first = write([0]);
    const results = await Promise.allSettled([first, write([1]), write([13]), write([2])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(committed.sort()).toEqual([0, 1, 2]);
  });
});
