// The departure case (vertrekmelding) as the domain keeps it. Field names of the stored views are the API's, so a
// read needs no mapping; the foreign address is kept for the Ca IKA's return request and shown to no one else.
import type { CaseStatus, CustodySource } from '../../../schemas/domain.ts';
import type { AbstractDatum } from '../date.ts';
import type { RiskLevel } from '../risk/level.ts';

export interface ChildView {
  burgerservicenummer: string;
  naam?: string;
  geboortedatum?: AbstractDatum;
  geheimhouding?: boolean;
}

export interface DepartureView {
  datum: AbstractDatum;
  land: { code: string; omschrijving?: string };
  gemeente: { code: string; omschrijving?: string };
  /** The address abroad as the BRP registered it: only the Ca IKA's return request shows it. */
  adresregels?: string[];
}

export interface CustodyHolderView {
  burgerservicenummer?: string;
  naam?: string;
}

export interface CustodyView {
  type: string | null;
  gezaghouders: CustodyHolderView[];
  bepaaldOp: string;
  bekend: boolean;
  reden?: string;
  bron: CustodySource;
  /** Recorded by hand (contract §5 v2): who, from which source, and why. */
  vastgelegdDoor?: string;
  bronDocument?: string;
  toelichting?: string;
  /** A later BRP answer that differs from custody recorded by hand: shown to the officer, never applied silently. */
  brpAfwijking?: { type: string | null; gezaghouders: CustodyHolderView[]; op: string };
}

export interface AssessmentView {
  vanToepassing: boolean;
  reden: string;
  beoordeeldOp: string;
  /** A reason the officer can read, where the code alone does not say enough (e.g. an invalid BRP answer). */
  toelichting?: string;
}

export interface RiskView {
  niveau: RiskLevel;
  regelsetVersie: string;
  redenen: { regel: string; toelichting: string }[];
}

export type ClosedReason = 'ingetrokken' | 'immigratie';

export interface CaseState {
  id: string;
  status: CaseStatus;
  municipalityCode: string;
  childBsn: string | null;
  declarantBsn: string | null;
  countryCode: string | null;
  registrationDate: string | null;
  child: ChildView | null;
  departure: DepartureView | null;
  custody: CustodyView | null;
  assessment: AssessmentView | null;
  risk: RiskView | null;
  closedReason: ClosedReason | null;
  closedAt: number | null;
  /** 0 for a case not yet stored. */
  version: number;
  createdAt: number;
  updatedAt: number;
  purgedAt: number | null;
}

export const OPEN_CASE_STATUSES: readonly CaseStatus[] = [
  'ontvangen',
  'beoordeeld',
  'niet-van-toepassing',
  'handmatige-controle',
];
export const isOpen = (c: Pick<CaseState, 'status'>) => OPEN_CASE_STATUSES.includes(c.status);
