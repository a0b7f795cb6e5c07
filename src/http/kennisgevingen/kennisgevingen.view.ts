// A kennisgeving as the API shows it to the municipality.
import type { NotificationState } from '../../core/notification/model.ts';
import { municipalityName } from '../../core/reference/municipalities.ts';

const OPEN = new Set(['te-beoordelen', 'aangehouden']);

export function notificationView(n: NotificationState, today: string, text?: string[] | null) {
  const r = n.recipient;
  const name = municipalityName(n.municipalityCode);
  return {
    id: n.id,
    vertrekmelding: n.caseId,
    gemeente: { code: n.municipalityCode, ...(name ? { omschrijving: name } : {}) },
    status: n.status,
    kenmerk: n.reference,
    ontvanger: {
      burgerservicenummer: n.recipientBsn,
      ...(r?.naam ? { naam: r.naam } : {}),
      adres: r?.adres ? { adresregels: r.adres.adresregels, ...(r.adres.land ? { land: r.adres.land } : {}) } : null,
    },
    aanhoudredenen: n.holdReasons,
    uiterlijkBeoordeeldOp: n.dueDate,
    termijnVerstreken: OPEN.has(n.status) && n.dueDate < today,
    kanaal: n.channel,
    laatsteFout: n.lastError,
    historie: n.history,
    vervolgbrieven: n.followUps.map((f) => ({ soort: f.soort, op: f.op, status: f.status })),
    reactie: n.reaction
      ? {
          reactie: n.reaction.reactie,
          ontvangenOp: n.reaction.ontvangenOp,
          kanaal: n.reaction.kanaal,
          ...(n.reaction.toelichting ? { toelichting: n.reaction.toelichting } : {}),
          vastgelegdDoor: n.reaction.door,
          vastgelegdOp: n.reaction.vastgelegdOp,
        }
      : null,
    ...(text ? { tekst: text } : {}),
  };
}
