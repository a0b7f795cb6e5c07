// Port to the competent authority that decides on a preventive SIS alert (Regulation (EU) 2018/1862, Art. 32(1)(c)).
// Vertreksignaal never creates an alert: it hands a request with a decision reference over, hands a withdrawal over,
// and asks for the status. The only adapter is a clearly named stub (adapters/sis/stub.ts): no test endpoint exists.
import type { SisStatus } from '../../schemas/domain.ts';

export interface SisHandOff {
  requestId: string;
  decisionReference: string;
  legalGround: string;
  reasoning: string;
  child: { burgerservicenummer: string; naam?: string };
  travelDocuments?: { soort: string; nummer: string }[];
}

/** What the authority reports on a request it has. */
export type AuthorityStatus = Extract<SisStatus, 'in-behandeling' | 'geplaatst' | 'afgewezen'>;

export interface SisPort {
  handOver(req: SisHandOff): Promise<{ status: AuthorityStatus; externalReference: string }>;
  withdraw(externalReference: string, reason: string): Promise<void>;
  status(externalReference: string): Promise<AuthorityStatus>;
}

/** The authority could not be reached or refused the hand-over for now: retried later. */
export class SisError extends Error {
  override name = 'SisError';
}
