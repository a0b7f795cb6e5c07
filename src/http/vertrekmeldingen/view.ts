// The departure case as each caller may see it. The municipality sees the full case; RvdK IKO and Ca IKA
// see the case facts with only their own signals and no notification recipients.
import type { ChildView, CustodyView, DepartureView, AssessmentView, RiskView } from '../../jobs/case-views.ts';

type CaseRow = {
  id: string; status: string; child: unknown; departure: unknown; custody: unknown; assessment: unknown; risk: unknown;
  closedReason: string | null; createdAt: number; updatedAt: number; purgedAt: number | null;
};
type NotificationRow = { id: string; recipientBsn: string | null; status: string };
type SignalRow = { id: string; recipient: string; level: string; status: string };

export function caseView(c: CaseRow, notifications: NotificationRow[], signals: SignalRow[], audience: 'gemeente' | 'keten') {
  const child = c.child as ChildView | null;
  const departure = c.departure as DepartureView | null;
  const custody = c.custody as CustodyView | null;
  const assessment = c.assessment as AssessmentView | null;
  return {
    id: c.id,
    status: c.status,
    kind: child ? { burgerservicenummer: child.burgerservicenummer, ...(child.naam ? { naam: child.naam } : {}), ...(child.geboortedatum ? { geboortedatum: child.geboortedatum } : {}) } : null,
    vertrek: departure,
    gezag: custody ? { type: custody.type, gezaghouders: custody.gezaghouders.map((h) => ({ ...(h.burgerservicenummer ? { burgerservicenummer: h.burgerservicenummer } : {}), ...(h.naam ? { naam: h.naam } : {}) })), bepaaldOp: custody.bepaaldOp, ...(custody.reden ? { reden: custody.reden } : {}) } : null,
    beoordeling: assessment ? { vanToepassing: assessment.vanToepassing, reden: assessment.reden } : null,
    risico: (c.risk as RiskView | null) ?? null,
    kennisgevingen: audience === 'gemeente' ? notifications.map((n) => ({ id: n.id, ontvanger: { burgerservicenummer: n.recipientBsn }, status: n.status })) : [],
    signalen: signals.map((s) => ({ id: s.id, ontvanger: s.recipient, niveau: s.level, status: s.status })),
    ...(c.closedReason ? { afsluitreden: c.closedReason } : {}),
    ontvangenOp: new Date(c.createdAt).toISOString(),
    bijgewerktOp: new Date(c.updatedAt).toISOString(),
  };
}

/** A case whose events are stored but not yet assessed: status `ontvangen`, with the facts the event carried. */
export function pendingCaseView(id: string, data: { burgerservicenummer: string; datumAanvangAdresBuitenland: unknown; verblijfadres: { land: unknown }; gemeenteVanInschrijving: { code: string } }, receivedAt: number) {
  return {
    id,
    status: 'ontvangen',
    kind: { burgerservicenummer: data.burgerservicenummer },
    vertrek: { datum: data.datumAanvangAdresBuitenland, land: data.verblijfadres.land, gemeente: { code: data.gemeenteVanInschrijving.code } },
    gezag: null,
    beoordeling: null,
    risico: null,
    kennisgevingen: [],
    signalen: [],
    ontvangenOp: new Date(receivedAt).toISOString(),
    bijgewerktOp: new Date(receivedAt).toISOString(),
  };
}
