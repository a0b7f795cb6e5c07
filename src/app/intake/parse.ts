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
    const prefix = prefixed ? `[${i}]` : '';
    const env = CloudEventEnvelope.safeParse(item);
    if (!env.success) {
      problems.push(...invalidParamsFrom(env.error, prefix));
      return;
    }
    const e = env.data;
    const handled = HANDLED.has(e.type);
    let data: Record<string, unknown> | null = null;
    if (handled) {
      const d = DATA_SCHEMAS[e.type].safeParse(e.data);
      if (!d.success) {
        problems.push(...invalidParamsFrom(d.error, prefix ? `${prefix}.data` : 'data'));
        return;
      }
      data = d.data as Record<string, unknown>;
    }
    const refersTo = (data?.gecorrigeerdeGebeurtenis ?? data?.ingetrokkenGebeurtenis ?? null) as string | null;
    const municipality = (data?.gemeenteVanInschrijving as { code?: string } | undefined)?.code ?? null;
    events.push({
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
    });
  });
  return { events, problems };
}
