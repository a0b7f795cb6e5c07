import type { Context } from 'hono';
import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { AppEnv } from '../env.ts';
import { conflict, forbidden, notFound } from '../problem.ts';
import { actorOf, record, recordRefusal } from '../audit.ts';
import { auditInsert, auditRows, PURPOSES } from '../../audit/audit.ts';
import { decodeCursor, nextLink, PAGE_SIZE } from '../pagination.ts';
import { newId } from '../../ids.ts';
import type { SisStatus } from '../../ports/sis.ts';

type Row = typeof import('../../../schemas/db/sqlite.ts').signals.$inferSelect;
type SisRow = typeof import('../../../schemas/db/sqlite.ts').sisRequests.$inferSelect;

export function view(s: Row, now: number) {
  return {
    id: s.id,
    ontvanger: s.recipient,
    niveau: s.level,
    status: s.status,
    aangemaaktOp: new Date(s.createdAt).toISOString(),
    uiterlijkOppakkenOp: new Date(s.slaDueAt).toISOString(),
    termijnVerstreken: s.status === 'nieuw' && now > s.slaDueAt,
    aflevering: { status: s.delivery, pogingen: s.deliveryAttempts },
    gegevens: s.view as Record<string, unknown>,
    afhandeling: (s.outcome as Record<string, unknown> | null) ?? null,
    wijzigingen: (s.updates as Record<string, unknown>[]) ?? [],
  };
}

const subjectOf = (s: Row) => ((s.view as { kind?: { burgerservicenummer?: string } }).kind?.burgerservicenummer ?? null);

/** A signal routed to the caller's organisation (the role is the organisation), else 404/403. */
async function load(c: Context<AppEnv>, id: string): Promise<Row> {
  const { db, t } = c.var.deps.database;
  const [s] = await db.select().from(t.signals).where(eq(t.signals.id, id));
  if (!s) throw notFound('Signaal niet gevonden.');
  if (s.recipient !== c.var.role) {
    await recordRefusal(c, 'andere-organisatie', 'signaal', id);
    throw forbidden('Dit signaal is niet aan uw organisatie gericht.');
  }
  return s;
}

export async function list(c: Context<AppEnv>, q: { status?: string; vanaf?: string }) {
  const { db, t } = c.var.deps.database;
  const cursor = decodeCursor(q.vanaf);
  const rows = await db
    .select()
    .from(t.signals)
    .where(and(eq(t.signals.recipient, c.var.role), q.status ? eq(t.signals.status, q.status) : undefined, cursor ? or(gt(t.signals.createdAt, cursor.at), and(eq(t.signals.createdAt, cursor.at), gt(t.signals.id, cursor.id))) : undefined))
    .orderBy(asc(t.signals.createdAt), asc(t.signals.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = rows.length > PAGE_SIZE ? page[page.length - 1] : null;
  await record(c, page.map((s) => ({ operation: 'lezen:lijst', objectType: 'signaal', objectId: s.id, purpose: PURPOSES.signal, subjectBsn: subjectOf(s) })));
  const volgende = nextLink(c.req.url, last ? { at: last.createdAt, id: last.id } : null);
  const now = c.var.deps.now();
  return { signalen: page.map((s) => view(s, now)), ...(volgende ? { volgende } : {}) };
}

export async function getOne(c: Context<AppEnv>, id: string) {
  const s = await load(c, id);
  await record(c, [{ operation: 'lezen', objectType: 'signaal', objectId: id, purpose: PURPOSES.signal, subjectBsn: subjectOf(s) }]);
  return view(s, c.var.deps.now());
}

export async function changeStatus(c: Context<AppEnv>, id: string, to: 'in-behandeling' | 'afgesloten', outcome?: { uitkomst: string; toelichting?: string }) {
  const deps = c.var.deps;
  const { t } = deps.database;
  const s = await load(c, id);
  const from = to === 'in-behandeling' ? ['nieuw'] : ['nieuw', 'in-behandeling'];
  if (!from.includes(s.status)) throw conflict(`Status '${s.status}' staat dit niet toe.`, { huidigeStatus: s.status });
  const now = deps.now();
  const actor = actorOf(c);
  const audit = await auditRows(deps.pseudonyms, [{ actor, operation: to, objectType: 'signaal', objectId: id, purpose: PURPOSES.signal, subjectBsn: subjectOf(s) }], now);
  await deps.database.atomic((d) => [
    d.update(t.signals)
      .set({ status: to, updatedAt: now, ...(outcome ? { outcome: { ...outcome, door: actor.sub, op: new Date(now).toISOString() } } : {}) })
      .where(and(eq(t.signals.id, id), eq(t.signals.status, s.status))),
    ...auditInsert(d, t, audit),
  ]);
  const [after] = await deps.database.db.select().from(t.signals).where(eq(t.signals.id, id));
  if (after.status !== to) throw conflict('Het signaal is intussen gewijzigd.', { huidigeStatus: after.status });
  return view(after, now);
}

function sisView(r: SisRow) {
  const req = r.request as { beslissingskenmerk: string; rechtsgrond: string };
  return { id: r.id, signaal: r.signalId, status: r.status as SisStatus, beslissingskenmerk: req.beslissingskenmerk, rechtsgrond: req.rechtsgrond, herbeoordelingOp: r.reviewDate, aangemaaktOp: new Date(r.createdAt).toISOString(), historie: r.history as Record<string, unknown>[] };
}

export async function fileSis(c: Context<AppEnv>, id: string, body: { beslissingskenmerk: string; rechtsgrond: string; reisdocumenten?: { soort: string; nummer: string }[]; motivering: string }) {
  const deps = c.var.deps;
  const { db, t } = deps.database;
  const s = await load(c, id);
  if (s.status === 'afgesloten') throw conflict('Het signaal is afgesloten.', { huidigeStatus: s.status });
  const child = (s.view as { kind?: { burgerservicenummer: string; naam?: string } }).kind;
  if (!child) throw conflict('Het signaal bevat geen kindgegevens.', { huidigeStatus: s.status });
  const now = deps.now();
  const iso = new Date(now).toISOString();
  const requestId = newId();
  const review = new Date(now + deps.config.SIS_REVIEW_DAYS * 86_400_000).toISOString().slice(0, 10);
  const actor = actorOf(c);
  const history = [{ status: 'aangevraagd', op: iso, door: actor.sub }];
  const audit = await auditRows(deps.pseudonyms, [{ actor, operation: 'sis-verzoek-indienen', objectType: 'sis-verzoek', objectId: requestId, purpose: PURPOSES.sis, subjectBsn: child.burgerservicenummer }], now);
  const row = { id: requestId, signalId: id, caseId: s.caseId, status: 'aangevraagd', request: body, history, reviewDate: review, createdBy: actor.sub, createdAt: now, updatedAt: now };
  await deps.database.atomic((d) => [d.insert(t.sisRequests).values(row), ...auditInsert(d, t, audit)]);
  // The hand-off itself: the competent authority decides; we only record what it reports back.
  try {
    const res = await deps.sis.handOver({ requestId, decisionReference: body.beslissingskenmerk, legalGround: 'Verordening (EU) 2018/1862 art. 32 lid 1 onder c', reasoning: body.motivering, child, travelDocuments: body.reisdocumenten });
    const next = [...history, { status: res.status, op: new Date(deps.now()).toISOString(), door: 'sis-overdracht', kenmerk: res.externalReference }];
    await db.update(t.sisRequests).set({ status: res.status, history: next, updatedAt: deps.now() }).where(eq(t.sisRequests.id, requestId));
  } catch {
    deps.logger.warn({ sisRequest: requestId }, 'SIS hand-off failed; request stays aangevraagd');
  }
  const [after] = await db.select().from(t.sisRequests).where(eq(t.sisRequests.id, requestId));
  return sisView(after);
}

export async function listSis(c: Context<AppEnv>, id: string) {
  const deps = c.var.deps;
  const { db, t } = deps.database;
  const s = await load(c, id);
  const rows = await db.select().from(t.sisRequests).where(eq(t.sisRequests.signalId, id)).orderBy(asc(t.sisRequests.createdAt));
  const today = new Date(deps.now()).toISOString().slice(0, 10);
  for (const r of rows) {
    // Refresh from the authority; an alert past its review date without renewal counts as expired.
    const last = (r.history as { kenmerk?: string }[]).findLast((h) => h.kenmerk)?.kenmerk;
    let status = last ? await deps.sis.status(last).catch(() => r.status as SisStatus) : (r.status as SisStatus);
    if (status === 'geplaatst' && r.reviewDate < today) status = 'verlopen';
    if (status !== r.status) {
      const history = [...(r.history as object[]), { status, op: new Date(deps.now()).toISOString(), door: 'sis-overdracht' }];
      await db.update(t.sisRequests).set({ status, history, updatedAt: deps.now() }).where(eq(t.sisRequests.id, r.id));
      r.status = status;
      r.history = history;
    }
  }
  await record(c, [{ operation: 'sis-verzoeken-lezen', objectType: 'signaal', objectId: id, purpose: PURPOSES.sis, subjectBsn: subjectOf(s) }]);
  return { sisVerzoeken: rows.map(sisView) };
}
