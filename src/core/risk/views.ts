// Least data per recipient. RvdK IKO and Ca IKA get the case facts they need to act; CIKO gets a pseudonymised
// pattern signal: no BSN, name, address, exact birth date or custody details; only the signal id identifies it.

import { certainAgeBand } from '../age.ts';
import type { AbstractDatum } from '../date.ts';
import type { RiskLevel } from './level.ts';
import type { Recipient } from './routing.ts';

export interface SignalCaseFacts {
  caseId: string;
  signalId: string;
  level: RiskLevel;
  redenen: { regel: string; toelichting: string }[];
  regelsetVersie: string;
  child: { burgerservicenummer: string; naam?: string; geboortedatum?: AbstractDatum };
  departure: {
    datum: AbstractDatum;
    land: { code: string; omschrijving?: string };
    gemeente: { code: string; omschrijving?: string };
  };
  custody: { type: string | null; gezaghouders: { burgerservicenummer?: string; naam?: string }[] };
  declarant?: { burgerservicenummer: string };
  createdAt: string;
}

export const AGE_BANDS = [
  { from: 0, until: 4, label: '0-3' },
  { from: 4, until: 8, label: '4-7' },
  { from: 8, until: 12, label: '8-11' },
  { from: 12, until: 16, label: '12-15' },
  { from: 16, until: 18, label: '16-17' },
  { from: 18, until: null, label: '18+' },
] as const;

/** Age band on the departure date; 'onbekend' when the readings of the dates (or an unknown one) leave several open. */
export function ageBand(birth: AbstractDatum | undefined, departure: AbstractDatum): string {
  return certainAgeBand(AGE_BANDS, birth, departure)?.label ?? 'onbekend';
}

function monthOf(d: AbstractDatum): string | null {
  if (d.type === 'Datum') return d.datum.slice(0, 7);
  if (d.type === 'JaarMaandDatum') return `${d.jaar}-${String(d.maand).padStart(2, '0')}`;
  return null;
}

/** CIKO analyses patterns, not people: nothing in this view points at a child, a parent or a case. */
export type CikoSignalView = {
  signaal: string;
  niveau: RiskLevel;
  leeftijdscategorie: string;
  bestemming: { code: string; omschrijving?: string };
  /** 'YYYY-MM'; null when the departure date gives no month. */
  vertrekmaand: string | null;
  gemeente: { code: string };
  redenen: { regel: string; toelichting: string }[];
  regelsetVersie: string;
};

/** RvdK IKO and Ca IKA must be able to act on the case: who the child is, where to, who holds custody. */
export type CaseSignalView = {
  signaal: string;
  vertrekmelding: string;
  niveau: RiskLevel;
  kind: { burgerservicenummer: string; naam?: string; geboortedatum?: AbstractDatum };
  vertrek: SignalCaseFacts['departure'];
  gezag: { type: string | null; gezaghouders: { burgerservicenummer?: string; naam?: string }[] };
  aangever?: { burgerservicenummer: string };
  redenen: { regel: string; toelichting: string }[];
  regelsetVersie: string;
};

export function signalView(recipient: 'ciko', f: SignalCaseFacts): CikoSignalView;
export function signalView(recipient: 'rvdk-iko' | 'ca-ika', f: SignalCaseFacts): CaseSignalView;
export function signalView(recipient: Recipient, f: SignalCaseFacts): CikoSignalView | CaseSignalView;
export function signalView(recipient: Recipient, f: SignalCaseFacts): CikoSignalView | CaseSignalView {
  return recipient === 'ciko' ? cikoView(f) : caseView(f);
}

/** A country or municipality as code plus optional description, nothing else the shell may have attached. */
const place = (p: { code: string; omschrijving?: string }) => ({
  code: p.code,
  ...(p.omschrijving ? { omschrijving: p.omschrijving } : {}),
});

function cikoView(f: SignalCaseFacts): CikoSignalView {
  // Built field by field (never by spreading the input) so a new case fact cannot leak into it unnoticed.
  return {
    signaal: f.signalId,
    niveau: f.level,
    leeftijdscategorie: ageBand(f.child.geboortedatum, f.departure.datum),
    bestemming: place(f.departure.land),
    vertrekmaand: monthOf(f.departure.datum),
    gemeente: { code: f.departure.gemeente.code },
    redenen: f.redenen.map((r) => ({ regel: r.regel, toelichting: r.toelichting })),
    regelsetVersie: f.regelsetVersie,
  };
}

function caseView(f: SignalCaseFacts): CaseSignalView {
  const c = f.child;
  const d = f.departure;
  return {
    signaal: f.signalId,
    vertrekmelding: f.caseId,
    niveau: f.level,
    kind: {
      burgerservicenummer: c.burgerservicenummer,
      ...(c.naam ? { naam: c.naam } : {}),
      ...(c.geboortedatum ? { geboortedatum: c.geboortedatum } : {}),
    },
    // Picked, not spread: the shell's departure may carry more (e.g. a foreign address) than these recipients need.
    vertrek: { datum: d.datum, land: place(d.land), gemeente: place(d.gemeente) },
    gezag: {
      type: f.custody.type,
      gezaghouders: f.custody.gezaghouders.map((h) => ({
        ...(h.burgerservicenummer ? { burgerservicenummer: h.burgerservicenummer } : {}),
        ...(h.naam ? { naam: h.naam } : {}),
      })),
    },
    ...(f.declarant ? { aangever: { burgerservicenummer: f.declarant.burgerservicenummer } } : {}),
    redenen: f.redenen.map((r) => ({ regel: r.regel, toelichting: r.toelichting })),
    regelsetVersie: f.regelsetVersie,
  };
}
