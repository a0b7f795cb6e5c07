// Lanes: claimed jobs that may run side by side. Jobs sharing a key (one case) or a lane label (one declarant,
// whose children's cases read each other) end up in the same lane, in claim order.
import type { JobRecord } from '../../src/ports/jobs.ts';

export function lanesOf(jobs: readonly JobRecord[]): JobRecord[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const union = (a: string, b: string) => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    parent.set(find(a), find(b));
  };
  for (const j of jobs) {
    const key = `k:${j.key ?? j.id}`;
    union(key, key);
    if (typeof j.payload.lane === 'string') union(key, `l:${j.payload.lane}`);
  }
  const lanes = new Map<string, JobRecord[]>();
  for (const j of jobs) {
    const root = find(`k:${j.key ?? j.id}`);
    lanes.set(root, [...(lanes.get(root) ?? []), j]);
  }
  return [...lanes.values()];
}
