import type { Context } from 'hono';
import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import type { AppEnv } from '../env.ts';
import { conflict, forbidden, notFound } from '../problem.ts';
import { record, recordRefusal, actorOf } from '../audit.ts';
import { auditInsert, auditRows, PURPOSES } from '../../audit/audit.ts';
import { decodeCursor, nextLink, PAGE_SIZE } from '../pagination.ts';
import { transition, type NotificationAction } from '../../core/notification-transitions.ts';
import { QUEUES } from '../../jobs/queues.ts';
import { composeLetter } from '../../core/letter/compose.ts';
import { renderLetterPdf } from '../../../adapters/letter/pdf.ts';
import { letterInput, type StoredRecipient } from '../../notifications/letter-input.ts';
import { municipalityName } from '../../core/reference/municipalities.ts';
import type { FollowUp, HistoryEntry } from '../../jobs/case-views.ts';

type Row = typeof import('../../../schemas/db/sqlite.ts').notifications.$inferSelect;
const OPEN = ['te-beoordelen', 'aangehouden'];

export function view(n: Row, today: string, text?: string[]) {
  const r = (n.recipient as StoredRecipient | null) ?? null;
  return {
    id: n.id,
    vertrekmelding: n.caseId,
    gemeente: { code: n.municipalityCode, ...(municipalityName(n.municipalityCode) ? { omschrijving: municipalityName(n.municipalityCode) } : {}) },
    status: n.status,
    kenmerk: n.reference,
    ontvanger: { burgerservicenummer: n.recipientBsn, ...(r?.naam ? { naam: r.naam } : {}), adres: r?.adres ? { adresregels: r.adres.adresregels, ...(r.adres.land ? { land: r.adres.land } : {}) } : null },
    aanhoudredenen: (n.holdReasons as string[] | null) ?? [],
    uiterlijkBeoordeeldOp: n.dueDate,
    termijnVerstreken: OPEN.includes(n.status) && n.dueDate < today,
    kanaal: n.channel,
    laatsteFout: n.lastError,
    historie: (n.history as HistoryEntry[]) ?? [],
    vervolgbrieven: ((n.followUps as FollowUp[]) ?? []).map((f) => ({ soort: f.soort, op: f.op, status: f.status })),
    ...(text ? { tekst: text } : {}),
  };
}

const today = (c: Context<AppEnv>) => new Date(c.var.deps.now()).toISOString().slice(0, 10);

/** Loads a notification of one of the caller's municipalities, or answers 404/403 (and logs the refusal). */
async function load(c: Context<AppEnv>, id: string): Promise<Row> {
  const { db, t } = c.var.deps.database;
  const [n] = await db.select().from(t.notifications).where(eq(t.notifications.id, id));
  if (!n) throw notFound('Kennisgeving niet gevonden.');
  if (!c.var.principal.municipalities.includes(n.municipalityCode)) {
    await recordRefusal(c, 'andere-gemeente', 'kennisgeving', id);
    throw forbidden('Deze kennisgeving hoort bij een andere gemeente.');
  }
  return n;
}

export async function list(c: Context<AppEnv>, q: { status?: string; vanaf?: string }) {
  const { db, t } = c.var.deps.database;
  const municipalities = c.var.principal.municipalities;
  const cursor = decodeCursor(q.vanaf);
  const rows = municipalities.length
    ? await db
        .select()
        .from(t.notifications)
        .where(and(inArray(t.notifications.municipalityCode, municipalities), q.status ? eq(t.notifications.status, q.status) : undefined, cursor ? or(gt(t.notifications.createdAt, cursor.at), and(eq(t.notifications.createdAt, cursor.at), gt(t.notifications.id, cursor.id))) : undefined))
        .orderBy(asc(t.notifications.createdAt), asc(t.notifications.id))
        .limit(PAGE_SIZE + 1)
    : [];
  const page = rows.slice(0, PAGE_SIZE);
  const last = rows.length > PAGE_SIZE ? page[page.length - 1] : null;
  await record(c, page.map((n) => ({ operation: 'lezen:lijst', objectType: 'kennisgeving', objectId: n.id, purpose: PURPOSES.notification, subjectBsn: n.recipientBsn })));
  const volgende = nextLink(c.req.url, last ? { at: last.createdAt, id: last.id } : null);
  const d = today(c);
  return { kennisgevingen: page.map((n) => view(n, d)), ...(volgende ? { volgende } : {}) };
}

export async function getOne(c: Context<AppEnv>, id: string) {
  const n = await load(c, id);
  const { db, t } = c.var.deps.database;
  const [cs] = await db.select().from(t.cases).where(eq(t.cases.id, n.caseId));
  const input = cs ? letterInput(n, cs, today(c)) : null;
  const letter = input ? composeLetter(input) : null;
  await record(c, [{ operation: 'lezen', objectType: 'kennisgeving', objectId: id, purpose: PURPOSES.notification, subjectBsn: n.recipientBsn }]);
  return view(n, today(c), letter ? [letter.subject, letter.salutation, ...letter.paragraphs, ...letter.closing] : undefined);
}

export async function letterPdf(c: Context<AppEnv>, id: string): Promise<Uint8Array> {
  const n = await load(c, id);
  const { db, t } = c.var.deps.database;
  const [cs] = await db.select().from(t.cases).where(eq(t.cases.id, n.caseId));
  const input = cs ? letterInput(n, cs, today(c)) : null;
  if (!input) throw conflict('Er is geen bruikbaar adres van de ontvanger; de brief kan niet worden opgemaakt.', { huidigeStatus: n.status });
  await record(c, [{ operation: 'brief-lezen', objectType: 'kennisgeving', objectId: id, purpose: PURPOSES.notification, subjectBsn: n.recipientBsn }]);
  return renderLetterPdf(composeLetter(input));
}

export async function act(c: Context<AppEnv>, id: string, action: NotificationAction, reason?: string) {
  const deps = c.var.deps;
  const { t } = deps.database;
  const n = await load(c, id);
  const step = transition(action, n.status);
  if (!step.ok) throw conflict(`Actie '${action}' kan niet bij status '${n.status}'.`, { huidigeStatus: n.status });
  if (action === 'verzenden' && !(n.recipient as StoredRecipient | null)?.adres) {
    throw conflict('De ontvanger heeft geen bruikbaar adres; controleer dit handmatig.', { huidigeStatus: n.status });
  }
  const now = deps.now();
  const actor = actorOf(c);
  const history = [...(n.history as HistoryEntry[]), { status: step.to, op: new Date(now).toISOString(), door: actor.sub, ...(reason ? { reden: reason } : {}) }];
  const audit = await auditRows(deps.pseudonyms, [{ actor, operation: action, objectType: 'kennisgeving', objectId: id, purpose: PURPOSES.notification, subjectBsn: n.recipientBsn }], now);
  // Conditional on the status we read: two officers clicking at once change it once; the loser gets 409 below.
  await deps.database.atomic((d) => [
    d.update(t.notifications).set({ status: step.to, history, updatedAt: now }).where(and(eq(t.notifications.id, id), eq(t.notifications.status, n.status))),
    ...(action === 'verzenden' ? deps.database.enqueue(d, [{ id: `deliver-notification:${id}:${history.length}`, queue: QUEUES.deliverNotification.name, key: id, payload: { notificationId: id } }], now) : []),
    ...auditInsert(d, t, audit),
  ]);
  const [after] = await deps.database.db.select().from(t.notifications).where(eq(t.notifications.id, id));
  if (after.status !== step.to || (after.history as HistoryEntry[]).length !== history.length) throw conflict('De kennisgeving is intussen gewijzigd.', { huidigeStatus: after.status });
  deps.poke();
  return view(after, today(c));
}
