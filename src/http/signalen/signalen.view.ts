// A signal and a SIS request as the API shows them to the recipient organisation.
import type { SignalState } from '../../core/signal/model.ts';
import type { SisRequestState } from '../../core/sis/model.ts';

export function signalView(s: SignalState, now: number) {
  return {
    id: s.id,
    ontvanger: s.recipient,
    niveau: s.level,
    status: s.status,
    aangemaaktOp: new Date(s.createdAt).toISOString(),
    uiterlijkOppakkenOp: new Date(s.slaDueAt).toISOString(),
    termijnVerstreken: s.status === 'nieuw' && now > s.slaDueAt,
    aflevering: { status: s.delivery, pogingen: s.deliveryAttempts },
    gegevens: { ...s.view } as Record<string, unknown>,
    afhandeling: s.outcome ? { ...s.outcome } : null,
    wijzigingen: s.updates.map((u) => ({ ...u })),
  };
}

export function sisView(r: SisRequestState) {
  const body = 'beslissingskenmerk' in r.request ? r.request : null;
  return {
    id: r.id,
    signaal: r.signalId,
    status: r.status,
    beslissingskenmerk: body?.beslissingskenmerk ?? null,
    rechtsgrond: body?.rechtsgrond ?? null,
    herbeoordelingOp: r.reviewDate,
    aangemaaktOp: new Date(r.createdAt).toISOString(),
    historie: r.history.map((h) => ({ ...h })),
  };
}
