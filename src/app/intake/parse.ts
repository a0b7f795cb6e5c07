// Validating incoming CloudEvents: the envelope, then the data of each handled type. All problems of a batch are
// reported at once, named as the contract names fields (`[3].data.burgerservicenummer`).
import { CloudEventEnvelope, DATA_SCHEMAS, EVENT_TYPES } from '../../../schemas/events.ts';
import { canonicalJson } from '../../core/canonical-json.ts';
import { DOMAIN_IDS, sha256Hex } from '../../ids.ts';
import type { InvalidParam } from '../errors.ts';
import { invalidParamsFrom } from '../invalid-params.ts';

export interface IncomingEvent {
  source: string;
  eventId: string;
  type: string;
  time: string;
  handled: boolean;
  data: Record<string, unknown> | null;
  /** Hash of the whole event in canonical form: a redelivery with the same content hashes the same. */
  hash: string;
  recordId: string;
  refersTo: string | null;
  childBsn: string | null;
  /** The municipality the event names; null when it names none. */
  municipalityCode: string | null;
}

const HANDLED = new Set<string>(Object.values(EVENT_TYPES));

export function parseEvents(
  raw: readonly unknown[],
  prefixed: boolean,
): { events: IncomingEvent[]; problems: InvalidParam[] } {
  const problems: InvalidParam[] = [];
  const events: IncomingEvent[] = [];
  raw.forEach((item, i) => {
    const parsed = parseEvent(item, prefixed ? `[${i}]` : '');
    if ('problems' in parsed) problems.push(...parsed.problems);
    else events.push(parsed.event);
  });
  return { events, problems };
}

type Parsed<T> = { problems: InvalidParam[] } | T;

/** One event, or the problems that keep it out, named behind `prefix`. */
function parseEvent(item: unknown, prefix: string): Parsed<{ event: IncomingEvent }> {
  const env = CloudEventEnvelope.safeParse(item);
  if (!env.success) return { problems: invalidParamsFrom(env.error, prefix) };
  const e = env.data;
  const handled = HANDLED.has(e.type);
  const checked = handled ? parseData(e.type, e.data, prefix) : { data: null };
  if ('problems' in checked) return checked;
  const { data } = checked;
  const refersTo = (data?.gecorrigeerdeGebeurtenis ?? data?.ingetrokkenGebeurtenis ?? null) as string | null;
  const municipality = (data?.gemeenteVanInschrijving as { code?: string } | undefined)?.code ?? null;
  return {
    event: {
      source: e.source,
      eventId: e.id,
      type: e.type,
      time: e.time,
      handled,
      data,
      refersTo,
      hash: sha256Hex(canonicalJson(item)),
      recordId: DOMAIN_IDS.eventRecord(e.source, e.id),
      childBsn: typeof data?.burgerservicenummer === 'string' ? data.burgerservicenummer : null,
      municipalityCode: municipality,
    },
  };
}

/** The data of a handled type, checked against that type's schema. */
function parseData(type: string, data: unknown, prefix: string): Parsed<{ data: Record<string, unknown> }> {
  const d = DATA_SCHEMAS[type].safeParse(data);
  if (!d.success) return { problems: invalidParamsFrom(d.error, prefix ? `${prefix}.data` : 'data') };
  return { data: d.data as Record<string, unknown> };
}
