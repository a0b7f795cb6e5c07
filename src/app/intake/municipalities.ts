// The municipality a case belongs to, as its departure event named it: the event whose record id is the case id.

import type { Reader } from '../../store/database.ts';
import { municipalitiesOfEvents } from '../../store/events.ts';
import type { IncomingEvent } from './parse.ts';

export async function caseMunicipalities(
  db: Reader,
  caseIds: readonly string[],
  batch: readonly IncomingEvent[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of batch)
    if (e.municipalityCode && caseIds.includes(e.recordId)) out.set(e.recordId, e.municipalityCode);
  const missing = [...new Set(caseIds.filter((id) => !out.has(id)))];
  for (const [id, code] of await municipalitiesOfEvents(db, missing)) out.set(id, code);
  return out;
}
