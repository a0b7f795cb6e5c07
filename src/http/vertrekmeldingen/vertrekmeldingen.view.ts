// The departure case as each caller may see it. The municipality sees the full case with its notifications; RvdK IKO
// and Ca IKA see the case facts with only their own signals. The foreign address is never part of it.
import type { CaseRead, PendingCase } from '../../app/cases/read.ts';
import type { CaseState } from '../../core/case/model.ts';

const CLOSURE_TEXT = {
  ingetrokken: 'De registratie van het vertrek is door de gemeente ingetrokken.',
  immigratie: 'Het kind is weer in Nederland ingeschreven; de melding is gesloten.',
} as const;

function custodyView(c: CaseState) {
  const g = c.custody;
  if (!g) return null;
  const holders = (hs: { burgerservicenummer?: string; naam?: string }[]) =>
    hs.map((h) => ({
      ...(h.burgerservicenummer ? { burgerservicenummer: h.burgerservicenummer } : {}),
      ...(h.naam ? { naam: h.naam } : {}),
    }));
  return {
    type: g.type,
    gezaghouders: holders(g.gezaghouders),
    bepaaldOp: g.bepaaldOp,
    bron: g.bron ?? 'brp',
    ...(g.reden ? { reden: g.reden } : {}),
    ...(g.vastgelegdDoor ? { vastgelegdDoor: g.vastgelegdDoor } : {}),
    ...(g.bronDocument ? { bronDocument: g.bronDocument } : {}),
    ...(g.toelichting ? { toelichting: g.toelichting } : {}),
    ...(g.brpAfwijking
      ? {
          brpAfwijking: {
            type: g.brpAfwijking.type,
            gezaghouders: holders(g.brpAfwijking.gezaghouders),
            op: g.brpAfwijking.op,
          },
        }
      : {}),
  };
}

export function caseView(r: CaseRead) {
  const c = r.case;
  const d = c.departure;
  return {
    id: c.id,
    status: c.status,
    kind: c.child
      ? {
          burgerservicenummer: c.child.burgerservicenummer,
          ...(c.child.naam ? { naam: c.child.naam } : {}),
          ...(c.child.geboortedatum ? { geboortedatum: c.child.geboortedatum } : {}),
        }
      : null,
    vertrek: d ? { datum: d.datum, land: d.land, gemeente: d.gemeente } : null,
    gezag: custodyView(c),
    beoordeling: c.assessment
      ? {
          vanToepassing: c.assessment.vanToepassing,
          reden: c.assessment.reden,
          ...(c.assessment.toelichting ? { toelichting: c.assessment.toelichting } : {}),
        }
      : null,
    risico: c.risk,
    kennisgevingen: r.notifications.map((n) => ({
      id: n.id,
      ontvanger: { burgerservicenummer: n.recipientBsn },
      status: n.status,
      ...(n.reaction ? { reactie: n.reaction.reactie } : {}),
    })),
    signalen: r.signals.map((s) => ({ id: s.id, ontvanger: s.recipient, niveau: s.level, status: s.status })),
    ...(c.closedReason
      ? {
          afsluitreden: c.closedReason,
          afsluiting: {
            reden: c.closedReason,
            toelichting: CLOSURE_TEXT[c.closedReason],
            op: c.closedAt ? new Date(c.closedAt).toISOString() : null,
          },
        }
      : {}),
    ontvangenOp: new Date(c.createdAt).toISOString(),
    bijgewerktOp: new Date(c.updatedAt).toISOString(),
  };
}

/** A case whose events are stored but not yet assessed. */
export function pendingView(p: PendingCase) {
  const at = new Date(p.receivedAt).toISOString();
  return {
    id: p.id,
    status: 'ontvangen' as const,
    kind: { burgerservicenummer: p.data.burgerservicenummer },
    vertrek: {
      datum: p.data.datumAanvangAdresBuitenland,
      land: p.data.verblijfadres.land,
      gemeente: { code: p.data.gemeenteVanInschrijving.code },
    },
    gezag: null,
    beoordeling: null,
    risico: null,
    kennisgevingen: [],
    signalen: [],
    ontvangenOp: at,
    bijgewerktOp: at,
  };
}
