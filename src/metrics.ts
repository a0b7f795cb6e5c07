// Prometheus counters and gauges kept in memory; labels are statuses, routes and organisations, never personal data.
import type { Metrics } from './app/context.ts';

export function createMetrics(): Metrics {
  const counters = new Map<string, number>();
  const gauges = new Map<string, number>();
  const key = (name: string, labels: Record<string, string>) => {
    const l = Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
      .join(',');
    return l ? `${name}{${l}}` : name;
  };
  const section = (map: Map<string, number>, type: string, lines: string[]) => {
    const names = new Set([...map.keys()].map((k) => k.split('{')[0]));
    for (const n of names) {
      lines.push(`# TYPE ${n} ${type}`);
      for (const [k, v] of map) if (k.split('{')[0] === n) lines.push(`${k} ${v}`);
    }
  };
  return {
    inc(name, labels = {}, by = 1) {
      const k = key(name, labels);
      counters.set(k, (counters.get(k) ?? 0) + by);
    },
    set(name, value, labels = {}) {
      gauges.set(key(name, labels), value);
    },
    render() {
      const lines: string[] = [];
      section(counters, 'counter', lines);
      section(gauges, 'gauge', lines);
      return `${lines.join('\n')}\n`;
    },
  };
}

/** A gauge read at the moment of asking (not kept in memory), e.g. pending jobs per queue. */
export function renderGauge(name: string, help: string, label: string, values: Record<string, number>): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`];
  for (const [k, v] of Object.entries(values)) lines.push(`${name}{${label}="${k.replace(/["\\\n]/g, '_')}"} ${v}`);
  return `${lines.join('\n')}\n`;
}
