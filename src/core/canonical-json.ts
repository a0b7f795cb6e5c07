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
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    if (task.kind === 'emit') out.push(task.text);
    else if (task.kind === 'leave') open.delete(task.value);
    else visit(task.value, out, open, stack);
  }
  return out.join('');
}

/** A scalar is written at once; an array or object is entered, and its parts queued for the loop. */
function visit(v: unknown, out: string[], open: Set<object>, stack: Task[]): void {
  if (v === null || typeof v !== 'object') {
    out.push(JSON.stringify(v) ?? 'null');
    return;
  }
  if (open.has(v)) throw new TypeError('canonicalJson: cyclic structure');
  open.add(v);
  stack.push({ kind: 'leave', value: v });
  if (Array.isArray(v)) pushArray(v, stack);
  else pushObject(v as Record<string, unknown>, stack);
}

// Pushed in reverse: the stack hands them back in order.
function pushArray(v: readonly unknown[], stack: Task[]): void {
  stack.push({ kind: 'emit', text: ']' });
  for (let i = v.length - 1; i >= 0; i--) {
    stack.push({ kind: 'value', value: v[i] });
    if (i > 0) stack.push({ kind: 'emit', text: ',' });
  }
  stack.push({ kind: 'emit', text: '[' });
}

function pushObject(v: Record<string, unknown>, stack: Task[]): void {
  const entries = Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  stack.push({ kind: 'emit', text: '}' });
  for (let i = entries.length - 1; i >= 0; i--) {
    stack.push({ kind: 'value', value: entries[i][1] });
    stack.push({ kind: 'emit', text: `${i > 0 ? ',' : ''}${JSON.stringify(entries[i][0])}:` });
  }
  stack.push({ kind: 'emit', text: '{' });
}
