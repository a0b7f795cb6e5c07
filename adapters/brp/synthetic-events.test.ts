// The synthetic event stream: valid CloudEvents about the synthetic register, mixed as a national replay.
import { describe, expect, it } from 'vitest';
import { CloudEventEnvelope, DATA_SCHEMAS, EVENT_TYPES } from '../../schemas/events.ts';
import { syntheticDeparture, syntheticEvents } from './synthetic-events.ts';
import { syntheticPerson } from './synthetic-persons.ts';

const OPTS = { date: '2026-11-30', runId: 't' };

describe('synthetic event stream', () => {
  const events = [...syntheticEvents(5_000, OPTS)];

  it('yields exactly n events, each a valid CloudEvent with valid data, ids unique', () => {
    expect(events).toHaveLength(5_000);
    for (const e of events) {
      expect(CloudEventEnvelope.safeParse(e).success).toBe(true);
      expect(DATA_SCHEMAS[e.type].safeParse(e.data).success).toBe(true);
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('is mostly departures, with corrections and withdrawals that follow the event they refer to', () => {
    const position = new Map(events.map((e, i) => [e.id, i]));
    const byType = (t: string) => events.filter((e) => e.type === t);
    const followUps = [...byType(EVENT_TYPES.correction), ...byType(EVENT_TYPES.withdrawal)];
    expect(byType(EVENT_TYPES.emigration).length / events.length).toBeGreaterThan(0.9);
    expect(byType(EVENT_TYPES.correction).length).toBeGreaterThan(100);
    expect(byType(EVENT_TYPES.withdrawal).length).toBeGreaterThan(50);
    for (const f of followUps) {
      const ref = (f.data.gecorrigeerdeGebeurtenis ?? f.data.ingetrokkenGebeurtenis) as string;
      expect(position.get(ref)).toBeLessThan(position.get(f.id)!);
    }
  });

  it('is about persons the fake BRP knows, registered in the municipality the event names', () => {
    for (const e of events.filter((x) => x.type === EVENT_TYPES.emigration).slice(0, 500)) {
      const child = syntheticPerson(e.data.burgerservicenummer as string)!;
      expect(child).toBeDefined();
      expect(child.gemeenteVanInschrijving?.code).toBe((e.data.gemeenteVanInschrijving as { code: string }).code);
      const declarant = (e.data.aangifte as { aangever: { burgerservicenummer: string } }).aangever.burgerservicenummer;
      expect(syntheticPerson(declarant)).toBeDefined();
    }
  });

  it('is the same for the same run id and date, and new events for another run id', () => {
    expect([...syntheticEvents(300, OPTS)]).toEqual(events.slice(0, 300));
    const other = [...syntheticEvents(300, { ...OPTS, runId: 'u' })];
    const shape = (e: (typeof events)[number]) => [e.type, e.data.burgerservicenummer];
    expect(other.map(shape)).toEqual(events.slice(0, 300).map(shape));
    expect(other.some((e) => events.some((x) => x.id === e.id))).toBe(false);
  });

  it('gives random access to one departure, the same as in the stream', () => {
    const first = events[0];
    expect(syntheticDeparture(0, 0, OPTS)).toEqual(first);
    expect(syntheticDeparture(7, 0, OPTS).id).toBe('synth-t-7-0');
  });

  it('places departures one to eight weeks after the registration date', () => {
    for (const e of events.filter((x) => x.type !== EVENT_TYPES.withdrawal)) {
      const d = (e.data.datumAanvangAdresBuitenland as { datum: string }).datum;
      expect(d > '2026-12-06' && d < '2027-01-26').toBe(true);
    }
  });
});
