// A service instance for the benchmark: real store, fake BRP, quiet logs, no background worker during ingest.
import { count, ne } from 'drizzle-orm';
import { createHarness } from '../test/helpers/harness.ts';
import { createFakeBrp } from '../adapters/brp/fake.ts';
import { syntheticFamilies } from './synthetic.ts';

export const FAMILIES = syntheticFamilies(Number(process.env.BENCH_FAMILIES ?? 60_000));

export interface BenchTarget {
  app: { fetch: (r: Request) => Response | Promise<Response>; request: (path: string, init: RequestInit) => Response | Promise<Response> };
  brpToken: string;
  databaseUrl: string;
  drain(): Promise<void>;
  assessedCases(): Promise<number>;
  fresh(): Promise<BenchTarget>;
  close(): Promise<void>;
}

export async function createHarnessForBench(kind: 'sqlite' | 'pg', pgUrl?: string): Promise<BenchTarget> {
  if (kind === 'pg') process.env.TEST_DATABASE_URL = pgUrl;
  else delete process.env.TEST_DATABASE_URL;
  // On PostgreSQL the jobs run in separate worker processes (bench/worker.ts), so ingest is measured alone.
  const h = await createHarness({ env: { LOG_LEVEL: 'silent' }, brp: createFakeBrp(FAMILIES.persons), startRunner: false });
  const municipalities = ['0363', '0518', '0599', '0344'];
  const target: BenchTarget = {
    app: h.app as never,
    brpToken: await h.token('brp-bron', municipalities),
    databaseUrl: h.databaseUrl,
    drain: () => h.runtime.runner.drain({ timeoutMs: 600_000 }),
    async assessedCases() {
      const { db, t } = h.deps.database;
      const [r] = await db.select({ n: count() }).from(t.cases).where(ne(t.cases.status, 'ontvangen'));
      return Number(r.n);
    },
    fresh: () => createHarnessForBench(kind, pgUrl),
    close: () => h.close(),
  };
  return target;
}
