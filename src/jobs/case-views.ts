// Shapes stored on a case row: the API's field names, so a read needs no mapping.
import type { AbstractDatum } from '../core/date.ts';
import type { RiskLevel } from '../core/risk/level.ts';

export interface ChildView { burgerservicenummer: string; naam?: string; geboortedatum?: AbstractDatum; geheimhouding?: boolean }
export interface DepartureView { datum: AbstractDatum; land: { code: string; omschrijving?: string }; gemeente: { code: string; omschrijving?: string } }
export interface CustodyView { type: string | null; gezaghouders: { burgerservicenummer?: string; naam?: string }[]; bepaaldOp: string; bekend: boolean; reden?: string }
export interface AssessmentView { vanToepassing: boolean; reden: string; beoordeeldOp: string }
export interface RiskView { niveau: RiskLevel; regelsetVersie: string; redenen: { regel: string; toelichting: string }[] }
export interface DeclarationView { aangeverBsn?: string; medeondertekenaarBsns: string[]; toestemmingsverklaringOverlegd: boolean }

export type CaseStatus = 'ontvangen' | 'beoordeeld' | 'niet-van-toepassing' | 'handmatige-controle' | 'ingetrokken' | 'afgesloten';
export type NotificationStatus = 'te-beoordelen' | 'aangehouden' | 'verzonden' | 'bezorgd' | 'mislukt' | 'geannuleerd';
export type SignalStatus = 'nieuw' | 'in-behandeling' | 'afgesloten';

export interface HistoryEntry { status: string; op: string; door: string; reden?: string }
export interface DepartureFacts { datumLangFormaat: string; landOmschrijving: string }
export interface FollowUp { soort: 'correctie' | 'intrekking' | 'immigratie'; op: string; status: 'in-afwachting' | 'bezorgd' | 'mislukt'; vorige?: DepartureFacts; aangekondigd?: DepartureFacts; reden?: string }
