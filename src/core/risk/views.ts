// Least data per recipient. RvdK IKO and Ca IKA get the case facts they need to act; CIKO gets a pseudonymised
// pattern signal: no BSN, name, address or exact birth date; only the signal id identifies it.
import { dateRange, anniversary, type AbstractDatum } from '../date.ts';
import type { RiskLevel } from './level.ts';
import type { Recipient } from './routing.ts';

export interface SignalCaseFacts {
  caseId: string;
  signalId: string;
  level: RiskLevel;
  redenen: { regel: string; toelichting: string }[];
  regelsetVersie: string;
  child: { burgerservicenummer: string; naam?: string; geboortedatum?: AbstractDatum };
  departure: { datum: AbstractDatum; land: { code: string; omschrijving?: string }; gemeente: { code: string; omschrijving?: string } };
  custody: { type: string | null; gezaghouders: { burgerservicenummer?: string; naam?: string }[] };
  declarant?: { burgerservicenummer: string };
  createdAt: string;
}

const BANDS: [number, string][] = [[4, '0-3'], [8, '4-7'], [12, '8-11'], [16, '12-15'], [18, '16-17']];

/** Age band on the departure date; 'onbekend' when the dates leave more than one band open. */
export function ageBand(birth: AbstractDatum | undefined, departure: AbstractDatum): string {
  const b = dateRange(birth);
  const d = dateRange(departure);
  if (!b.from || !b.to || !d.from || !d.to) return 'onbekend';
  const bandOf = (born: string, on: string) => {
    for (const [limit, label] of BANDS) if (on < anniversary(born, limit)) return label;
    return '18+';
  };
  const oldest = bandOf(b.from, d.to);
  const youngest = bandOf(b.to, d.from);
  return oldest === youngest ? oldest : 'onbekend';
}

function monthOf(d: AbstractDatum): string | null {
  if (d.type === 'Datum') return d.datum.slice(0, 7);
  if (d.type === 'JaarMaandDatum') return `${d.jaar}-${String(d.maand).padStart(2, '0')}`;
  return null;
}

export function signalView(recipient: Recipient, f: SignalCaseFacts): Record<string, unknown> {
  if (recipient === 'ciko') {
    return {
      signaal: f.signalId,
      niveau: f.level,
      leeftijdscategorie: ageBand(f.child.geboortedatum, f.departure.datum),
      bestemming: { code: f.departure.land.code, ...(f.departure.land.omschrijving ? { omschrijving: f.departure.land.omschrijving } : {}) },
      vertrekmaand: monthOf(f.departure.datum),
      gemeente: { code: f.departure.gemeente.code },
      gezagstype: f.custody.type,
      redenen: f.redenen,
      regelsetVersie: f.regelsetVersie,
    };
  }
  return {
    signaal: f.signalId,
    vertrekmelding: f.caseId,
    niveau: f.level,
    kind: { burgerservicenummer: f.child.burgerservicenummer, ...(f.child.naam ? { naam: f.child.naam } : {}), ...(f.child.geboortedatum ? { geboortedatum: f.child.geboortedatum } : {}) },
    vertrek: f.departure,
    gezag: { type: f.custody.type, gezaghouders: f.custody.gezaghouders },
    ...(f.declarant ? { aangever: f.declarant } : {}),
    redenen: f.redenen,
    regelsetVersie: f.regelsetVersie,
  };
}
