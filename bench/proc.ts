// CPU time and memory of processes from /proc (Linux), for a process and all its descendants: the service is
// measured from outside, whatever it spawns.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const conf = (name: string, fallback: number) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const TICKS_PER_SECOND = conf('CLK_TCK', 100);
const PAGE_BYTES = conf('PAGESIZE', 4096);

interface Stat {
  ppid: number;
  cpuMs: number;
  rssBytes: number;
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function stat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15, rss 24.
    return {
      ppid: Number(f[1]),
      cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SECOND,
      rssBytes: Number(f[21]) * PAGE_BYTES,
    };
  } catch {
    return undefined;
  }
}

/** The processes rooted at `roots`: each root and every descendant alive now. */
export function tree(roots: number[]): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  roots.forEach(walk);
  return out;
}

/** CPU time (user + system, ms) used so far by the processes rooted at `roots`. */
export function cpuMs(roots: number[]): number {
  return tree(roots).reduce((sum, pid) => sum + (stat(pid)?.cpuMs ?? 0), 0);
}

export function rssBytes(roots: number[]): number {
  return tree(roots).reduce((sum, pid) => sum + (stat(pid)?.rssBytes ?? 0), 0);
}

/** Busy and total CPU time of the whole machine so far (all cores, ms), from /proc/stat: shows a shared machine. */
export function machineCpuMs(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;
  return { busy: toMs(total - f[3] - f[4]), total: toMs(total) };
}

/** Resident memory of one process (not its children), in bytes. */
export function ownRssBytes(pid: number): number {
  return stat(pid)?.rssBytes ?? 0;
}

/**
 * Samples resident memory until stopped: of the processes in `pids` each on its own (the largest counts, e.g. the
 * service, not tsx's esbuild helper), and of their whole trees together. Answers the maxima seen, in MB.
 */
export function sampleRss(pids: number[], everyMs = 250): { stop(): { maxMb: number; treeMaxMb: number } } {
  let own = 0;
  let all = 0;
  const take = () => {
    own = Math.max(own, ...pids.map(ownRssBytes));
    all = Math.max(all, rssBytes(pids));
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { maxMb: own / 1024 / 1024, treeMaxMb: all / 1024 / 1024 };
    },
  };
}
