// Fewer round trips to the BRP: lookups asked for the same fields at (nearly) the same moment go out as one
// RaadpleegMetBurgerservicenummer request of up to 20 BSNs (the API's limit), and each caller gets its own persons
// back. Under load (a replay, many assessments side by side) this turns up to 20 requests into one; alone, a
// lookup waits only for the current turn of the event loop.
import type { BrpPersoon } from '../../schemas/brp.ts';
import type { BrpPort } from '../../src/ports/brp.ts';
import { MAX_BSNS_PER_REQUEST } from './personen-spec.ts';

interface Waiting {
  bsns: readonly string[];
  resolve(persons: BrpPersoon[]): void;
  reject(err: unknown): void;
}

export function coalescingBrp(inner: BrpPort, max = MAX_BSNS_PER_REQUEST): BrpPort {
  const queues = new Map<string, { fields: readonly string[]; waiting: Waiting[]; size: number }>();

  function flush(key: string) {
    const q = queues.get(key);
    if (!q) return;
    queues.delete(key);
    const unique = [...new Set(q.waiting.flatMap((w) => w.bsns))];
    inner.personen(unique, q.fields).then(
      (persons) => {
        const byBsn = new Map(persons.map((p) => [p.burgerservicenummer, p]));
        for (const w of q.waiting)
          w.resolve(w.bsns.flatMap((b) => (byBsn.has(b) ? [structuredClone(byBsn.get(b) as BrpPersoon)] : [])));
      },
      (err) => {
        // One bad answer must not fail the others: each asks again on its own (an outage fails them all anyway).
        if (q.waiting.length === 1) q.waiting[0].reject(err);
        else for (const w of q.waiting) inner.personen(w.bsns, q.fields).then(w.resolve, w.reject);
      },
    );
  }

  return {
    personen(bsns, fields) {
      if (bsns.length >= max) return inner.personen(bsns, fields);
      const key = fields.join(',');
      return new Promise<BrpPersoon[]>((resolve, reject) => {
        let q = queues.get(key);
        if (q && q.size + bsns.length > max) {
          flush(key);
          q = undefined;
        }
        if (!q) {
          q = { fields, waiting: [], size: 0 };
          queues.set(key, q);
          const mine = q;
          setTimeout(() => queues.get(key) === mine && flush(key), 0);
        }
        q.waiting.push({ bsns: [...new Set(bsns)], resolve, reject });
        q.size += bsns.length;
      });
    },
  };
}
