// Port to the competent authority that decides on a preventive SIS alert (Regulation (EU) 2018/1862, Art. 32(1)(c)).
// Vertreksignaal never creates an alert: it hands a request with a decision reference over and tracks its status.

export const SIS_STATUSES = ['aangevraagd', 'doorgezet', 'geplaatst', 'afgewezen', 'ingetrokken', 'verlopen'] as const;
export type SisStatus = (typeof SIS_STATUSES)[number];

export interface SisHandOff {
  requestId: string;
  decisionReference: string;
  legalGround: string;
  reasoning: string;
  child: { burgerservicenummer: string; naam?: string };
  travelDocuments?: { soort: string; nummer: string }[];
}

export interface SisPort {
  handOver(req: SisHandOff): Promise<{ status: SisStatus; externalReference: string }>;
  status(externalReference: string): Promise<SisStatus>;
}
