// Stable JSON (sorted keys) so that "same content" means the same bytes, whatever order a sender used.
// Iterative, with its own stack: nesting depth never exhausts the call stack.

type Task =
  | { kind: 'emit'; text: string }
  | { kind: 'value'; value: unknown }
  /** Leaving an array or object: it may appear again elsewhere, just not inside itself. */
  | { kind: 'leave'; value: object };

export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const open = new Set<object>();
  const stack: Task[] = [{ kind: 'value', value }];
  while (stack.length > 0) {
    const task = stack.pop()!;
    if (task.kind === 'emit') {
      out.push(task.text);
      continue;
    }
    if (task.kind === 'leave') {
      open.delete(task.value);
      continue;
    }
    const v = task.value;
    if (v === null || typeof v !== 'object') {
      out.push(JSON.stringify(v) ?? 'null');
      continue;
    }
    if (open.has(v)) throw new TypeError('canonicalJson: cyclic structure');
    open.add(v);
    stack.push({ kind: 'leave', value: v });
    // Pushed in reverse: the stack hands them back in order.
    if (Array.isArray(v)) {
      stack.push({ kind: 'emit', text: ']' });
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ kind: 'value', value: v[i] });
        if (i > 0) stack.push({ kind: 'emit', text: ',' });
      }
      stack.push({ kind: 'emit', text: '[' });
      continue;
    }
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    stack.push({ kind: 'emit', text: '}' });
    for (let i = entries.length - 1; i >= 0; i--) {
      stack.push({ kind: 'value', value: entries[i][1] });
      stack.push({ kind: 'emit', text: `${i > 0 ? ',' : ''}${JSON.stringify(entries[i][0])}:` });
    }
    stack.push({ kind: 'emit', text: '{' });
  }
  return out.join('');
}
