// Demo data on a first `npm start`: in dev mode with the built-in fake BRP, an empty database takes in the demo
// scenarios once, through the normal intake (as if the BRP had sent them), so worklists are not empty.
// Never with a real BRP or a real identity provider, and never in production. DEMO_DATA=false turns it off.
import { count } from 'drizzle-orm';
import type { Config } from './config.ts';
import { isDevAuth } from './config.ts';
import type { Deps } from './deps.ts';
import { ingest } from './intake/intake.ts';
import { DEMO_MUNICIPALITIES, demoEvents } from '../adapters/brp/demo-events.ts';

export const wantsDemoData = (c: Config) => c.DEMO_DATA === 'true' || (c.DEMO_DATA === 'auto' && isDevAuth(c) && !c.BRP_API_URL && c.NODE_ENV !== 'production');

export async function seedDemoData(deps: Deps): Promise<number> {
  const { db, t } = deps.database;
  const [{ n }] = await db.select({ n: count() }).from(t.events);
  if (Number(n) > 0) return 0;
  const results = await ingest(deps, { sub: 'demo-brp', roles: ['brp-bron'], municipalities: DEMO_MUNICIPALITIES }, demoEvents(), true);
  deps.poke();
  return results.length;
}
