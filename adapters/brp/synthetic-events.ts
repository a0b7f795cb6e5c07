// A stream of BRP departure events about the synthetic register (synthetic-persons.ts), mixed as a national replay
// would be: mostly departures of minors, some adults, and now and then a correction or a withdrawal of an earlier
// event. Deterministic for a given run id and date, so posting the same stream again is a redelivery (`dubbel`).

import { EVENT_TYPES } from '../../schemas/events.ts';
import { longFormat } from '../../src/core/date.ts';
import { mix, type SyntheticFamily, syntheticBsn, syntheticFamily } from './synthetic-persons.ts';

export const SYNTHETIC_SOURCE = 'urn:nld:oin:00000001823288444000:systeem:brp-synthetisch';
/** Destinations weighted roughly as Dutch emigration; Egypt and Suriname are no Convention partners (higher risk). */
const DESTINATIONS: [code: string, name: string, weight: number][] = [
  ['5010', 'België', 20],
  ['9089', 'Bondsrepubliek Duitsland', 15],
  ['6037', 'Spanje', 10],
  ['5022', 'Marokko', 10],
  ['5002', 'Frankrijk', 8],
  ['6043', 'Turkije', 8],
  ['7028', 'Polen', 8],
  ['6014', 'Verenigde Staten van Amerika', 6],
  ['5007', 'Suriname', 6],
  ['7014', 'Egypte', 5],
  ['7024', 'Bulgarije', 4],
];
const TOTAL_WEIGHT = DESTINATIONS.reduce((s, d) => s + d[2], 0);
const TOWNS: Record<string, string> = {
  '0363': 'Amsterdam',
  '0518': "'s-Gravenhage",
  '0599': 'Rotterdam',
  '0344': 'Utrecht',
};
/** Per departure: the chance in percent that a correction, or else a withdrawal, follows later in the stream. */
const CORRECTION_PCT = 5;
const WITHDRAWAL_PCT = 3;

export interface SyntheticStreamOptions {
  /** Part of every event id: another run id gives new events about the same persons. Default: the date. */
  runId?: string;
  /** Registration date (YYYY-MM-DD); departures fall one to eight weeks later. Default: today (UTC). */
  date?: string;
  /** The first family number used (so two streams can use different children). Default 0. */
  firstFamily?: number;
  source?: string;
}

export type SyntheticEvent = {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  datacontenttype: 'application/json';
  data: Record<string, unknown>;
};

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const datum = (iso: string) => ({ type: 'Datum', datum: iso, langFormaat: longFormat({ type: 'Datum', datum: iso }) });

function destination(seed: number) {
  let roll = mix(seed) % TOTAL_WEIGHT;
  for (const d of DESTINATIONS) {
    if (roll < d[2]) return d;
    roll -= d[2];
  }
  return DESTINATIONS[0];
}

function resolved(o: SyntheticStreamOptions) {
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  return {
    date,
    runId: o.runId ?? date.replaceAll('-', ''),
    source: o.source ?? SYNTHETIC_SOURCE,
    firstFamily: o.firstFamily ?? 0,
  };
}

function departureData(f: SyntheticFamily, child: number, date: string, variant: number) {
  const seed = f.family * 4 + child + variant * 7919;
  const [code, naam] = destination(seed);
  const cosigned = f.kind === 'cosigned' ? [{ burgerservicenummer: syntheticBsn(f.family, 'other') }] : [];
  return {
    burgerservicenummer: f.children[child],
    datumAanvangAdresBuitenland: datum(addDays(date, 7 + (mix(seed) % 50))),
    verblijfadres: {
      regel1: `Straat ${1 + (mix(seed + 1) % 200)}`,
      regel2: 'Stad',
      land: { code, omschrijving: naam },
    },
    gemeenteVanInschrijving: { code: f.municipality, omschrijving: TOWNS[f.municipality] },
    aangifte: {
      aangever: { burgerservicenummer: f.declarant },
      medeondertekenaars: cosigned,
      toestemmingsverklaringOverlegd: false,
      datum: date,
    },
  };
}

const envelope = (
  id: string,
  type: string,
  time: string,
  source: string,
  data: Record<string, unknown>,
): SyntheticEvent => ({
  specversion: '1.0',
  id,
  source,
  type,
  time,
  datacontenttype: 'application/json',
  data,
});

/** The departure of child `child` (0 or 1) of family `family`: random access, for load generators. */
export function syntheticDeparture(family: number, child = 0, o: SyntheticStreamOptions = {}): SyntheticEvent {
  const r = resolved(o);
  const f = syntheticFamily(family);
  const c = Math.min(child, f.children.length - 1);
  return envelope(
    `synth-${r.runId}-${family}-${c}`,
    EVENT_TYPES.emigration,
    `${r.date}T09:00:00Z`,
    r.source,
    departureData(f, c, r.date, 0),
  );
}

interface FollowUp {
  /** The number of events emitted before this one is. */
  due: number;
  event: SyntheticEvent;
}

/** Yields the follow-ups due by now, while fewer than `n` events are out; returns the new count. */
function* dueFollowUps(followUps: FollowUp[], emitted: number, n: number): Generator<SyntheticEvent, number> {
  let count = emitted;
  for (let next = followUps[0]; next && next.due <= count && count < n; next = followUps[0]) {
    followUps.shift();
    yield next.event;
    count++;
  }
  return count;
}

/** The correction or withdrawal that follows `original` later in the stream, or null for most departures. */
function followUpOf(
  r: ReturnType<typeof resolved>,
  f: SyntheticFamily,
  child: number,
  original: SyntheticEvent,
  emitted: number,
): FollowUp | null {
  const { family } = f;
  const roll = mix(family * 4 + child + 104_729) % 100;
  if (roll >= CORRECTION_PCT + WITHDRAWAL_PCT) return null;
  // A few hundred events later, as a municipality corrects or withdraws within the same replay.
  const due = emitted + 20 + (mix(family * 4 + child) % 400);
  const base = `synth-${r.runId}-${family}-${child}`;
  const event =
    roll < CORRECTION_PCT
      ? envelope(`${base}-c`, EVENT_TYPES.correction, `${r.date}T10:00:00Z`, r.source, {
          ...departureData(f, child, r.date, 1),
          gecorrigeerdeGebeurtenis: original.id,
        })
      : envelope(`${base}-w`, EVENT_TYPES.withdrawal, `${r.date}T10:00:00Z`, r.source, {
          burgerservicenummer: f.children[child],
          ingetrokkenGebeurtenis: original.id,
          gemeenteVanInschrijving: { code: f.municipality },
        });
  return { due, event };
}

/** `n` events: every child of each family in turn, with corrections and withdrawals following their original. */
export function* syntheticEvents(n: number, o: SyntheticStreamOptions = {}): Generator<SyntheticEvent> {
  const r = resolved(o);
  const followUps: FollowUp[] = [];
  let emitted = 0;
  for (let family = r.firstFamily; emitted < n; family++) {
    const f = syntheticFamily(family);
    for (let child = 0; child < f.children.length && emitted < n; child++) {
      emitted = yield* dueFollowUps(followUps, emitted, n);
      if (emitted >= n) break;
      const original = syntheticDeparture(family, child, o);
      yield original;
      emitted++;
      const followUp = followUpOf(r, f, child, original, emitted);
      if (!followUp) continue;
      followUps.push(followUp);
      followUps.sort((a, b) => a.due - b.due);
    }
  }
}
