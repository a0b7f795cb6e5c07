// The `fields` parameter of the BRP Personen API: which paths it accepts (as RvIG's features describe) and what part
// of a person an answer holds for them. Used by the fake BRP and its server to answer as the BRP does, and by tests
// that check the service asks only for existing, minimal paths.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { PERSOON_FIELD_PATHS } from './personen-fields.generated.ts';

/** Delivered unasked whenever they apply; the BRP answers 400 when one is named in `fields`, at any level. */
export const AUTO_PROVIDED_FIELDS: readonly string[] = [
  'inOnderzoek',
  'geheimhoudingPersoonsgegevens',
  'opschortingBijhouding',
  'rni',
  'verificatie',
];

/**
 * Why the BRP would refuse `path` in `fields`, or null when it accepts it. Paths are exact and case-sensitive;
 * below a date or table value any sub-path is accepted (the whole value is delivered); gezag has no sub-paths.
 */
export function fieldPathProblem(path: string): string | null {
  if (!/^[a-zA-Z0-9._]{1,200}$/.test(path)) return 'not a field path';
  const parts = path.split('.');
  if (parts.some((p) => AUTO_PROVIDED_FIELDS.includes(p))) return 'delivered automatically, may not be asked for';
  if (PERSOON_FIELD_PATHS[path]) return null;
  for (let i = parts.length - 1; i > 0; i--) {
    const kind = PERSOON_FIELD_PATHS[parts.slice(0, i).join('.')];
    if (kind === 'whole') return null;
    if (kind === 'exact') return 'sub-fields of this field may not be asked for';
    if (kind) break;
  }
  return 'not a field of Persoon';
}

/** The path the answer is built for: cut at a date or table value, which is always delivered whole. */
function deliveredPath(path: string): string[] {
  const parts = path.split('.');
  for (let i = 1; i < parts.length; i++)
    if (PERSOON_FIELD_PATHS[parts.slice(0, i).join('.')] === 'whole') return parts.slice(0, i);
  return parts;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The part of `source` that `parts` names; a group's own inOnderzoek comes along with any of its fields. */
function project(source: unknown, parts: string[]): unknown {
  if (parts.length === 0) return structuredClone(source);
  if (Array.isArray(source)) return source.map((item) => project(item, parts) ?? {});
  if (!isObject(source) || !(parts[0] in source)) return undefined;
  const inner = project(source[parts[0]], parts.slice(1));
  if (inner === undefined) return undefined;
  return {
    [parts[0]]: inner,
    ...(isObject(source.inOnderzoek) ? { inOnderzoek: structuredClone(source.inOnderzoek) } : {}),
  };
}

function merge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return a.map((x, i) => merge(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return b ?? a;
}

/** Person-level inOnderzoek markers (PersoonInOnderzoek) and the field each goes with. */
const MARKER_FIELD: Record<string, string> = {
  burgerservicenummer: 'burgerservicenummer',
  geslacht: 'geslacht',
  leeftijd: 'leeftijd',
  gemeenteVanInschrijving: 'gemeenteVanInschrijving',
  datumInschrijvingInGemeente: 'datumInschrijvingInGemeente',
  indicatieCurateleRegister: 'indicatieCurateleRegister',
  indicatieGezagMinderjarige: 'indicatieGezagMinderjarige',
};
/** The start date of an investigation goes with the markers of its group. */
const MARKER_DATE: Record<string, string[]> = {
  datumIngangOnderzoekPersoon: ['burgerservicenummer', 'geslacht', 'leeftijd'],
  datumIngangOnderzoekGemeente: ['gemeenteVanInschrijving', 'datumInschrijvingInGemeente'],
  datumIngangOnderzoekGezag: ['indicatieCurateleRegister', 'indicatieGezagMinderjarige'],
};

/** The person-level inOnderzoek as delivered: only the markers of fields that were asked for (the BSN always is). */
function personMarkers(inOnderzoek: unknown, asked: Set<string>): Record<string, unknown> | undefined {
  if (!isObject(inOnderzoek)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [marker, field] of Object.entries(MARKER_FIELD))
    if (asked.has(field) && marker in inOnderzoek) out[marker] = inOnderzoek[marker];
  for (const [date, fields] of Object.entries(MARKER_DATE))
    if (date in inOnderzoek && fields.some((f) => asked.has(f))) out[date] = inOnderzoek[date];
  return Object.keys(out).length ? structuredClone(out) : undefined;
}

/**
 * The part of a person the BRP returns for `fields`: the BSN, exactly the asked paths (a date or table value
 * whole), the investigation markers that go with them, and geheimhouding and the like when they apply
 * (geheimhouding only when true: the BRP omits a 0). A deep copy, so a caller changing it cannot change the register.
 */
export function selectFields(p: BrpPersoon, fields: readonly string[]): BrpPersoon {
  const source = p as Record<string, unknown>;
  let out: Record<string, unknown> = { burgerservicenummer: p.burgerservicenummer };
  const asked = new Set(['burgerservicenummer']);
  for (const f of fields) {
    if (fieldPathProblem(f) !== null) continue;
    asked.add(f.split('.')[0]);
    const part = project(source, deliveredPath(f));
    if (part !== undefined) out = merge(out, part) as Record<string, unknown>;
  }
  // The root's inOnderzoek is PersoonInOnderzoek, filtered per field; project() may have copied it whole.
  delete out.inOnderzoek;
  const markers = personMarkers(source.inOnderzoek, asked);
  if (markers) out.inOnderzoek = markers;
  for (const auto of AUTO_PROVIDED_FIELDS.filter((a) => a !== 'inOnderzoek')) {
    if (auto in source && source[auto] !== false) out[auto] = structuredClone(source[auto]);
  }
  return out as BrpPersoon;
}
