// Reads the service's GET /metrics from outside: the pending-jobs gauge tells when every event has been worked off.
export const PENDING_GAUGE = 'vertreksignaal_jobs_pending';
/** The queues whose jobs make an event "assessed": a departure's assessment, an immigration's closing of cases. */
export const ASSESSMENT_QUEUES = ['assess-case', 'immigration'];

/** Pending jobs per queue, or undefined when the service does not publish the gauge (or its database failed). */
export function parsePending(text: string): Record<string, number> | undefined {
  if (!text.includes(`# TYPE ${PENDING_GAUGE} gauge`)) return undefined;
  const pending: Record<string, number> = {};
  const line = new RegExp(`^${PENDING_GAUGE}\\{queue="([^"]*)"\\} ([0-9.eE+-]+)$`, 'gm');
  for (const m of text.matchAll(line)) pending[m[1]] = Number(m[2]);
  return pending;
}

export async function readPending(url: string): Promise<Record<string, number> | undefined> {
  const res = await fetch(new URL('/metrics', url), { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) return undefined;
  return parsePending(await res.text());
}

/** Jobs still to run before every posted event counts as assessed; undefined when the service cannot tell. */
export async function pendingAssessments(url: string): Promise<number | undefined> {
  const pending = await readPending(url).catch(() => undefined);
  return pending && ASSESSMENT_QUEUES.reduce((sum, q) => sum + (pending[q] ?? 0), 0);
}
