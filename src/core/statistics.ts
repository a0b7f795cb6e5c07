// Evaluation figures (contract §5 v2): counts per status, level, rule, recipient and outcome, how often caseworkers
// found a rule's signals founded (its precision), and time to pick-up against the deadline. Cells under 10 are
// shown as "<10", and a ratio only where its base is at least 10, so no figure points at a person. Pure.
import { FOUNDED_OUTCOMES, type SignalOutcome } from '../../schemas/domain.ts';

export const SMALL = 10;
export type Cell = number | '<10';
export const cell = (n: number): Cell => (n > 0 && n < SMALL ? '<10' : n);

export interface CaseFact {
  status: string;
  level: string | null;
  rules: readonly string[];
}

export interface SignalFact {
  recipient: string;
  level: string;
  status: string;
  outcome: string | null;
  rules: readonly string[];
  slaDueAt: number;
  pickedUpAt: number | null;
  createdAt: number;
}

const countBy = <T>(xs: readonly T[], key: (x: T) => readonly string[]): Record<string, Cell> => {
  const m = new Map<string, number>();
  for (const x of xs) for (const k of key(x)) m.set(k, (m.get(k) ?? 0) + 1);
  return Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => [k, cell(n)]));
};

function median(xs: number[]): number | null {
  if (xs.length < SMALL) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function statistics(cases: readonly CaseFact[], signals: readonly SignalFact[], now: number) {
  const byRule = new Map<string, { closed: number; founded: number; unfounded: number }>();
  for (const s of signals) {
    if (s.status !== 'afgesloten' || !s.outcome) continue;
    for (const r of s.rules) {
      const e = byRule.get(r) ?? { closed: 0, founded: 0, unfounded: 0 };
      e.closed++;
      if (FOUNDED_OUTCOMES.includes(s.outcome as SignalOutcome)) e.founded++;
      if (s.outcome === 'onterecht') e.unfounded++;
      byRule.set(r, e);
    }
  }
  const picked = signals.filter((s) => s.pickedUpAt !== null);
  const hours = picked.map((s) => ((s.pickedUpAt as number) - s.createdAt) / 3_600_000);
  return {
    vertrekmeldingen: {
      totaal: cell(cases.length),
      perStatus: countBy(cases, (c) => [c.status]),
      perNiveau: countBy(cases, (c) => (c.level ? [c.level] : [])),
      perRegel: countBy(cases, (c) => c.rules),
    },
    signalen: {
      totaal: cell(signals.length),
      perOntvanger: countBy(signals, (s) => [s.recipient]),
      perNiveau: countBy(signals, (s) => [s.level]),
      perStatus: countBy(signals, (s) => [s.status]),
      perUitkomst: countBy(signals, (s) => (s.outcome ? [s.outcome] : [])),
      perRegel: [...byRule]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([regel, e]) => ({
          regel,
          afgesloten: cell(e.closed),
          terecht: cell(e.founded),
          onterecht: cell(e.unfounded),
          precisie: e.closed >= SMALL ? Math.round((e.founded / e.closed) * 100) / 100 : null,
        })),
      oppakken: {
        binnenTermijn: cell(picked.filter((s) => (s.pickedUpAt as number) <= s.slaDueAt).length),
        buitenTermijn: cell(picked.filter((s) => (s.pickedUpAt as number) > s.slaDueAt).length),
        nogNietOpgepaktTermijnVerstreken: cell(
          signals.filter((s) => s.pickedUpAt === null && s.status === 'nieuw' && now > s.slaDueAt).length,
        ),
        mediaanUren: median(hours) === null ? null : Math.round((median(hours) as number) * 10) / 10,
      },
    },
  };
}
