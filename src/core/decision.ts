// The shape every decider answers in: the events a command causes, or a refusal saying why not.
// Refusals are domain answers (the shell maps them to 403/404/409/400), never exceptions.

export type RefusalCode = 'not-found' | 'forbidden' | 'conflict' | 'invalid';

export interface Refusal {
  code: RefusalCode;
  detail: string;
  /** For `invalid`: the input field at fault, as the API names it. */
  field?: string;
  /** For `conflict` on a status transition: the status the resource has now. */
  currentStatus?: string;
}

export type Decision<E> = { ok: true; events: E[] } | { ok: false; refusal: Refusal };

export const accept = <E>(...events: E[]): Decision<E> => ({ ok: true, events });
export const refuse = <E>(
  code: RefusalCode,
  detail: string,
  extra: Omit<Refusal, 'code' | 'detail'> = {},
): Decision<E> => ({
  ok: false,
  refusal: { code, detail, ...extra },
});

/**
 * A status transition table: per command, the statuses it may start from and the status it leads to ('same': it
 * keeps the status; a list: the decider picks one of them, e.g. the outcome of an assessment).
 */
export type TransitionTable<Command extends string, Status extends string> = Readonly<
  Record<Command, { readonly from: readonly Status[]; readonly to: Status | 'same' | readonly Status[] }>
>;

/**
 * The status after `command` from `status` (towards `target` where the rule offers a choice), or null if not
 * allowed.
 */
export function transition<C extends string, S extends string>(
  table: TransitionTable<C, S>,
  command: C,
  status: S,
  target?: S,
): S | null {
  const rule = table[command];
  if (!rule.from.includes(status)) return null;
  if (rule.to === 'same') return status;
  if (typeof rule.to === 'string') return rule.to;
  return target !== undefined && rule.to.includes(target) ? target : null;
}

/** ISO timestamp of an epoch-millisecond instant. */
export const isoOf = (ms: number) => new Date(ms).toISOString();

export type Applied<S, E> = { ok: true; state: S; events: E[] } | { ok: false; refusal: Refusal };

/** Decides and evolves in one step: the new state with the events that made it, or the refusal. */
export function applyCommand<S, C, E>(
  decide: (s: S, c: C) => Decision<E>,
  evolve: (s: S, e: E) => S,
  state: S,
  command: C,
): Applied<S, E> {
  const d = decide(state, command);
  if (!d.ok) return d;
  return { ok: true, state: d.events.reduce(evolve, state), events: d.events };
}
