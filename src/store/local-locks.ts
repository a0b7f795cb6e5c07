// In-process named locks for the embedded drivers (one process, one connection). Every caller waits for each of its
// names in sorted order, so two callers never wait on each other in a circle.
export function createLocalLocks() {
  const tails = new Map<string, Promise<void>>();
  return async function withLocks<T>(names: readonly string[], fn: () => Promise<T>): Promise<T> {
    const releases: (() => void)[] = [];
    for (const name of [...new Set(names)].sort()) {
      const previous = tails.get(name) ?? Promise.resolve();
      let release = () => {};
      const mine = new Promise<void>((r) => {
        release = r;
      });
      const tail = previous.then(() => mine);
      tails.set(name, tail);
      releases.push(() => {
        release();
        if (tails.get(name) === tail) tails.delete(name);
      });
      await previous;
    }
    try {
      return await fn();
    } finally {
      for (const r of releases) r();
    }
  };
}
