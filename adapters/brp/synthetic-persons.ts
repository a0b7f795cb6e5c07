// A synthetic register for load tests and replays: families computed from their number, so the fake BRP can answer
// for a million persons without holding one. Every BSN is in the 7xxxxxxxx range (no other register here uses it)
// and passes the elfproef; the BSN itself says which family and which member it is.
import type { BrpPersoon } from '../../schemas/brp.ts';
import { isValidBsn } from '../../src/core/bsn.ts';
import {
  type DemoMunicipality,
  eenhoofdigOuderlijk,
  gezamenlijkMetDerde,
  gezamenlijkOuderlijk,
  person,
  type Residence,
  voogdij,
  zonderGezaghouder,
} from './demo-builders.ts';

export const SYNTHETIC_FAMILIES = 1_000_000;
/** Members of a family: the declaring parent, the other parent, up to two children, a third party (derde, voogd). */
export const ROLES = ['declarant', 'other', 'child1', 'child2', 'third'] as const;
export type Role = (typeof ROLES)[number];

export const FAMILY_KINDS = [
  'joint',
  'cosigned',
  'sole',
  'adult',
  'third',
  'guardian',
  'secret',
  'undeterminable',
] as const;
export type FamilyKind = (typeof FAMILY_KINDS)[number];
/** Share of each kind in percent: mostly minors with two parents in joint custody, as in the BRP. */
const KIND_SHARES: [FamilyKind, number][] = [
  ['joint', 70],
  ['sole', 10],
  ['adult', 6],
  ['cosigned', 5],
  ['third', 3],
  ['guardian', 2],
  ['secret', 2],
  ['undeterminable', 2],
];
export const MUNICIPALITIES: readonly DemoMunicipality[] = ['0363', '0518', '0599', '0344'];
const TOWNS: Record<DemoMunicipality, string> = {
  '0363': 'Amsterdam',
  '0518': "'s-Gravenhage",
  '0599': 'Rotterdam',
  '0344': 'Utrecht',
};
const FIRST_F = ['Anna', 'Sara', 'Fleur', 'Noor', 'Emma', 'Julia', 'Lotte', 'Yasmin', 'Ilse', 'Mila', 'Fatima', 'Eva'];
const FIRST_M = ['Daan', 'Bram', 'Sem', 'Luuk', 'Mohamed', 'Thijs', 'Jesse', 'Milan', 'Ruben', 'Stijn', 'Omar', 'Tom'];
const SURNAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Yilmaz',
  'El Amrani',
];
const STREETS = [
  'Dorpsstraat',
  'Kerkstraat',
  'Molenweg',
  'Stationsweg',
  'Schoolstraat',
  'Julianalaan',
  'Beatrixstraat',
  'Lindelaan',
];

/** A well-spread 32-bit hash of a number: the family's traits look random but never change. */
export function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}
const pick = <T>(list: readonly T[], seed: number): T => list[mix(seed) % list.length];

/**
 * The BSN of one member: 7, six digits of the family number, the role in the eighth digit (2 × role, or 2 × role + 1
 * when 2 × role would need a check digit of 10), and the check digit.
 */
export function syntheticBsn(family: number, role: Role): string {
  if (!Number.isInteger(family) || family < 0 || family >= SYNTHETIC_FAMILIES)
    throw new RangeError('family out of range');
  const r = ROLES.indexOf(role);
  const head = `7${String(family).padStart(6, '0')}`;
  for (const d8 of [2 * r, 2 * r + 1]) {
    const digits = `${head}${d8}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
    if (sum % 11 < 10) return `${digits}${sum % 11}`;
  }
  throw new Error('unreachable: two eighth digits two apart cannot both need a check digit of 10');
}

/** The family and role a synthetic BSN stands for; undefined for any other number. */
export function parseSyntheticBsn(bsn: string): { family: number; role: Role } | undefined {
  if (!/^7[0-9]{8}$/.test(bsn) || !isValidBsn(bsn)) return undefined;
  const family = Number(bsn.slice(1, 7));
  const role = ROLES[Math.floor(Number(bsn[7]) / 2)];
  // Only the canonical number of each member exists, so a family member has exactly one BSN.
  return role && syntheticBsn(family, role) === bsn ? { family, role } : undefined;
}

export interface SyntheticFamily {
  family: number;
  kind: FamilyKind;
  municipality: DemoMunicipality;
  /** Who signs the departure: a parent, the guardian, or the adult "child" themself. */
  declarant: string;
  children: string[];
}

export function kindOf(family: number): FamilyKind {
  let roll = mix(family * 3 + 1) % 100;
  for (const [kind, share] of KIND_SHARES) {
    if (roll < share) return kind;
    roll -= share;
  }
  return 'joint';
}

/** About one family in eight has two children leaving together (the sibling rule applies to them). */
export function childCountOf(family: number): 1 | 2 {
  return kindOf(family) !== 'adult' && mix(family * 3 + 2) % 100 < 12 ? 2 : 1;
}

export function syntheticFamily(family: number): SyntheticFamily {
  const kind = kindOf(family);
  const children = [
    syntheticBsn(family, 'child1'),
    ...(childCountOf(family) === 2 ? [syntheticBsn(family, 'child2')] : []),
  ];
  const declarant =
    kind === 'adult'
      ? children[0]
      : kind === 'guardian'
        ? syntheticBsn(family, 'third')
        : syntheticBsn(family, 'declarant');
  return {
    family,
    kind,
    municipality: MUNICIPALITIES[mix(family * 3 + 3) % MUNICIPALITIES.length],
    declarant,
    children,
  };
}

const dateFrom = (seed: number, fromYear: number, years: number) => {
  const h = mix(seed);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${fromYear + (h % years)}-${p2(1 + ((h >>> 8) % 12))}-${p2(1 + ((h >>> 16) % 28))}`;
};

function home(family: number, municipality: DemoMunicipality, n: number): Residence {
  const h = mix(family * 11 + n);
  const postcode = `${1000 + (h % 9000)} ${String.fromCharCode(65 + ((h >>> 13) % 26), 65 + ((h >>> 18) % 26))}`;
  const adres = {
    straat: pick(STREETS, h),
    huisnummer: 1 + ((h >>> 5) % 300),
    postcode,
    woonplaats: TOWNS[municipality],
    gemeente: municipality,
  };
  return { adres, sinds: dateFrom(family * 11 + n, 2005, 15) };
}

function adultOf(f: SyntheticFamily, role: Role, geslacht: 'V' | 'M', woont: Residence, geheim = false): BrpPersoon {
  const seed = f.family * 5 + ROLES.indexOf(role);
  const surname = pick(SURNAMES, f.family * 5 + (role === 'third' ? 4 : 0));
  const naam = `${pick(geslacht === 'V' ? FIRST_F : FIRST_M, seed)} ${surname}`;
  return person({
    bsn: syntheticBsn(f.family, role),
    naam,
    geslacht,
    geboren: dateFrom(seed, 1972, 20),
    woont,
    geheim,
  });
}

/** Every member of a synthetic family, parents first. */
export function syntheticFamilyPersons(family: number): BrpPersoon[] {
  const f = syntheticFamily(family);
  const a = adultOf(f, 'declarant', 'V', home(family, f.municipality, 0));
  // The other parent lives elsewhere: the kennisgeving goes out by letter.
  const b = adultOf(f, 'other', 'M', home(family, f.municipality, 1), f.kind === 'secret');
  const third = adultOf(f, 'third', mix(family) % 2 ? 'V' : 'M', home(family, f.municipality, 2));
  const gezag = {
    joint: gezamenlijkOuderlijk(a, b),
    cosigned: gezamenlijkOuderlijk(a, b),
    secret: gezamenlijkOuderlijk(a, b),
    sole: eenhoofdigOuderlijk(a),
    third: gezamenlijkMetDerde(a, third),
    guardian: voogdij(third),
    undeterminable: zonderGezaghouder(
      'GezagNietTeBepalen',
      'gezag is niet te bepalen omdat de relatie tussen ouder en kind niet duidelijk is.',
    ),
    adult: undefined,
  }[f.kind];
  const children = f.children.map((bsn, i) => {
    const seed = family * 5 + 2 + i;
    const geslacht = mix(seed) % 2 ? 'V' : 'M';
    const naam = `${pick(geslacht === 'V' ? FIRST_F : FIRST_M, seed)} ${pick(SURNAMES, family * 5)}`;
    // Minors born 2010-2024; the "adult" kind is a young adult leaving on their own (no custody).
    const geboren = f.kind === 'adult' ? dateFrom(seed, 1995, 10) : dateFrom(seed, 2010, 15);
    const woont: Residence = f.kind === 'guardian' ? home(family, f.municipality, 2) : { bij: a };
    return person({ bsn, naam, geslacht, geboren, woont }, gezag);
  });
  return [a, b, ...(f.kind === 'third' || f.kind === 'guardian' ? [third] : []), ...children];
}

/** The person a synthetic BSN stands for, built on demand; undefined when no such person exists. */
export function syntheticPerson(bsn: string): BrpPersoon | undefined {
  const id = parseSyntheticBsn(bsn);
  if (!id) return undefined;
  return syntheticFamilyPersons(id.family).find((p) => p.burgerservicenummer === bsn);
}
