// Prometheus counters kept in memory; labels are statuses and route names, never personal data.
export interface Metrics {
  inc(name: string, labels?: Record<string, string>, by?: number): void;
  render(): string;
}

export function createMetrics(): Metrics {
  const counters = new Map<string, number>();
  const key = (name: string, labels: Record<string, string>) => {
    const l = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`).join(',');
    return l ? `${name}{${l}}` : name;
  };
  return {
    inc(name, labels = {}, by = 1) {
      const k = key(name, labels);
      counters.set(k, (counters.get(k) ?? 0) + by);
    },
    render() {
      const names = new Set([...counters.keys()].map((k) => k.split('{')[0]));
      const lines: string[] = [];
      for (const n of names) {
        lines.push(`# TYPE ${n} counter`);
        for (const [k, v] of counters) if (k.split('{')[0] === n) lines.push(`${k} ${v}`);
      }
      return lines.join('\n') + '\n';
    },
  };
}
