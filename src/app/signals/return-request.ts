// Use case (Ca IKA only, on its own signals): the Hague return request, pre-filled along the HCCH model form with
// what the case knows, including the foreign address, which only the Ca IKA sees. Audited as a read.

import type { CaseState, CustodyHolderView } from '../../core/case/model.ts';
import type { NotificationState } from '../../core/notification/model.ts';
import { municipalityName } from '../../core/reference/municipalities.ts';
import {
  composeReturnRequest,
  type ReturnRequestInput,
  type ReturnRequestPerson,
} from '../../core/return-request/compose.ts';
import { getCase } from '../../store/cases.ts';
import { notificationsOfCase } from '../../store/notifications.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { conflict, forbidden } from '../errors.ts';
import { ownSignal, today } from '../scope.ts';

const REQUESTER = { naam: 'Centrale autoriteit internationale kinderaangelegenheden (Ca IKA)' };
const LEGAL_BASIS: Record<string, string> = {
  GezamenlijkOuderlijkGezag: 'artikel 1:251 of 1:252 Burgerlijk Wetboek (gezamenlijk ouderlijk gezag)',
  EenhoofdigOuderlijkGezag: 'artikel 1:253b e.v. Burgerlijk Wetboek (eenhoofdig ouderlijk gezag)',
  GezamenlijkGezag: 'artikel 1:253t Burgerlijk Wetboek (gezamenlijk gezag ouder en derde)',
};

export async function returnRequestPdf(ctx: AppContext, actor: Actor, signalId: string): Promise<Uint8Array> {
  if (actor.role !== 'ca-ika')
    throw forbidden('Alleen de Centrale autoriteit kan een verzoek tot teruggeleiding opmaken.');
  const s = await ownSignal(ctx, actor, signalId);
  const c = await getCase(ctx.db, s.caseId);
  if (!c?.child || !c.departure) throw conflict('De gegevens van deze melding zijn niet meer beschikbaar.');
  const notifications = await notificationsOfCase(ctx.db, c.id);
  const reaction = notifications.flatMap((n) => (n.reaction ? [n.reaction] : [])).at(-1);
  const holders = (c.custody?.gezaghouders ?? []).map((h) => holderOf(h, c, notifications));
  const input: ReturnRequestInput = {
    reference: s.id.slice(0, 8).toUpperCase(),
    date: today(ctx),
    requester: REQUESTER,
    child: {
      naam: c.child.naam ?? '',
      burgerservicenummer: c.child.burgerservicenummer,
      ...(c.child.geboortedatum ? { geboortedatum: c.child.geboortedatum } : {}),
    },
    custody: {
      type: c.custody?.type ?? 'onbekend',
      ...(c.custody?.type && LEGAL_BASIS[c.custody.type] ? { rechtsgrond: LEGAL_BASIS[c.custody.type] } : {}),
      ...(c.custody?.bepaaldOp ? { bepaaldOp: c.custody.bepaaldOp } : {}),
      holders,
    },
    habitualResidence: { gemeente: municipalityName(c.municipalityCode) ?? c.municipalityCode },
    removal: {
      datum: c.departure.datum,
      land: c.departure.land.omschrijving ?? c.departure.land.code,
      adresregels: c.departure.adresregels ?? [],
    },
    ...(reaction ? { reaction: { reactie: reaction.reactie, ontvangenOp: reaction.ontvangenOp } } : {}),
  };
  await recordReads(ctx, actor, [
    {
      operation: 'teruggeleidingsverzoek-opmaken',
      objectType: 'signaal',
      objectId: signalId,
      purpose: PURPOSES.signal,
      subjectBsn: c.childBsn,
    },
  ]);
  return ctx.documents.returnRequestPdf(composeReturnRequest(input));
}

/** A custody holder on the form, with the address their kennisgeving went to, abroad too. */
function holderOf(h: CustodyHolderView, c: CaseState, notifications: NotificationState[]): ReturnRequestPerson {
  const notified = notifications.find((n) => n.recipientBsn && n.recipientBsn === h.burgerservicenummer);
  const address = notified?.recipient?.adres;
  return {
    ...(h.naam ? { naam: h.naam } : {}),
    ...(h.burgerservicenummer ? { burgerservicenummer: h.burgerservicenummer } : {}),
    relatie: c.custody?.type === 'Voogdij' ? 'voogd' : 'ouder',
    ...(address ? { adresregels: address.adresregels, ...(address.land ? { land: address.land } : {}) } : {}),
    ...involvement(h, c, notified),
  };
}

/** The declarant took part in the departure; a holder who was sent a kennisgeving did not; else unknown. */
function involvement(
  h: CustodyHolderView,
  c: CaseState,
  notified: NotificationState | undefined,
): { betrokkenBijAangifte?: boolean } {
  if (h.burgerservicenummer === c.declarantBsn) return { betrokkenBijAangifte: true };
  return notified ? { betrokkenBijAangifte: false } : {};
}
