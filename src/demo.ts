// Demo data on a first `npm start`: in dev mode with the built-in fake BRP, an empty database takes in the demo
// scenarios once, through the normal intake (as if the BRP had sent them), so work queues are not empty. Then a few
// staff actions through the same use cases the pages call, so every kind of page has something to show: custody
// recorded by hand, a notice sent and answered by the other parent, and a signal closed with an outcome.
// Never with a real BRP or a real identity provider, and never in production. DEMO_DATA=false turns it off.
import { DEMO_MUNICIPALITIES, DEMO_SOURCE, demoEvents } from '../adapters/brp/demo-events.ts';
import { DEMO_SCENARIOS } from '../adapters/brp/demo-persons.ts';
import type { Actor } from './app/actor.ts';
import { recordCustody } from './app/cases/custody.ts';
import type { AppContext } from './app/context.ts';
import { ingestEvents } from './app/intake/ingest.ts';
import { actOnNotification, recordReaction } from './app/notifications/act.ts';
import { actOnSignal } from './app/signals/act.ts';
import type { Config } from './config.ts';
import { isDevAuth } from './config.ts';
import { DOMAIN_IDS } from './ids.ts';
import { hasEvents } from './store/events.ts';
import { notificationsOfCase } from './store/notifications.ts';
import { signalsOfCase } from './store/signals.ts';

export const wantsDemoData = (c: Config) =>
  c.DEMO_DATA === 'true' || (c.DEMO_DATA === 'auto' && isDevAuth(c) && !c.BRP_API_URL && c.NODE_ENV !== 'production');

const OFFICER: Actor = { sub: 'demo-ambtenaar-amsterdam', role: 'gemeente', municipalities: ['0363'] };

/** Takes the demo scenarios in on an empty database; the number of events, or 0 when there was data already. */
export async function seedDemoData(ctx: AppContext): Promise<number> {
  if (await hasEvents(ctx.db)) return 0;
  const results = await ingestEvents(
    ctx,
    { sub: 'demo-brp', role: 'brp-bron', municipalities: DEMO_MUNICIPALITIES },
    demoEvents(),
    true,
  );
  return results.length;
}

const caseOf = (key: string) => DOMAIN_IDS.caseOf(DEMO_SOURCE, `demo-${key}`);

/**
 * The staff actions, once the demo events are assessed. `settle` waits for the jobs each step starts (the letter,
 * the new assessment), as a person would wait before the next step.
 */
export async function demoStaffActions(ctx: AppContext, settle: () => Promise<void>): Promise<void> {
  await recordCustody(ctx, OFFICER, caseOf('gezag-niet-te-bepalen'), {
    type: 'GezamenlijkOuderlijkGezag',
    gezaghouders: [{ burgerservicenummer: '999990159' }, { burgerservicenummer: '999990962' }],
    bron: 'Uittreksel gezagsregister rechtbank Amsterdam',
    toelichting: 'Beide ouders hebben gezamenlijk gezag volgens het gezagsregister; de BRP kon het niet bepalen.',
  });
  const [notice] = await notificationsOfCase(ctx.db, caseOf('gezamenlijk-gezag'));
  if (notice?.status === 'te-beoordelen') await actOnNotification(ctx, OFFICER, notice.id, { type: 'send' });
  await settle();
  if (notice) {
    const today = new Date(ctx.now()).toISOString().slice(0, 10);
    await recordReaction(ctx, OFFICER, notice.id, {
      reactie: 'niet-akkoord',
      ontvangenOp: today,
      kanaal: 'telefoon',
      toelichting: 'De vader belde: hij stemt niet in met het vertrek.',
    });
  }
  // The first signal of the demo, closed by a caseworker of its recipient.
  for (const s of DEMO_SCENARIOS) {
    const [signal] = await signalsOfCase(ctx.db, caseOf(s.key));
    if (!signal) continue;
    const caseworker: Actor = {
      sub: `demo-medewerker-${signal.recipient}`,
      role: signal.recipient,
      municipalities: [],
    };
    await actOnSignal(ctx, caseworker, signal.id, { type: 'pick-up' });
    const explanation = 'Navraag bij beide ouders: het vertrek is afgestemd, er is geen actie nodig.';
    await actOnSignal(ctx, caseworker, signal.id, { type: 'close', outcome: 'terecht-geen-actie-nodig', explanation });
    break;
  }
  await settle();
}
