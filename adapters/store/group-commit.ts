// Group commit: atomic writes that arrive while a commit is running are coalesced into one transaction.
// SQLite commits one transaction at a time, so under concurrency this is where throughput comes from. Each caller
// still gets its own outcome: if the combined batch fails, every group is retried on its own.

export function groupCommit<T>(commit: (items: T[]) => Promise<void>): (items: T[]) => Promise<void> {
  let pending: { items: T[]; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let running = false;

  async function flush() {
    running = true;
    while (pending.length) {
      const groups = pending;
      pending = [];
      try {
        await commit(groups.flatMap((g) => g.items));
        for (const g of groups) g.resolve();
      } catch (err) {
        if (groups.length === 1) groups[0].reject(err);
        else
          for (const g of groups) {
            try {
              await commit(g.items);
              g.resolve();
            } catch (e) {
              g.reject(e);
            }
          }
      }
    }
    running = false;
  }

  return (items) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ items, resolve, reject });
      if (!running) void flush();
    });
}
