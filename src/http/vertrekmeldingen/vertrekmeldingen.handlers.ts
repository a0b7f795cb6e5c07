import type { Context } from 'hono';
import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import type { AppEnv } from '../env.ts';
import type { Deps } from '../../deps.ts';
import { forbidden, notFound } from '../problem.ts';
import { record, recordRefusal } from '../audit.ts';
import { PURPOSES } from '../../audit/audit.ts';
import { caseView, pendingCaseView } from './view.ts';
import { decodeCursor, nextLink, PAGE_SIZE } from '../pagination.ts';

type CaseRow = typeof import('../../../schemas/db/sqlite.ts').cases.$inferSelect;

/** Loads the notifications and the signals the caller may see, and renders the view. */
async function render(deps: Deps, c: CaseRow, role: string) {
  const { db, t } = deps.database;
  const notifications = role === 'gemeente' ? await db.select({ id: t.notifications.id, recipientBsn: t.notifications.recipientBsn, status: t.notifications.status }).from(t.notifications).where(eq(t.notifications.caseId, c.id)) : [];
  const signals = await db
    .select({ id: t.signals.id, recipient: t.signals.recipient, level: t.signals.level, status: t.signals.status })
    .from(t.signals)
    .where(role === 'gemeente' ? eq(t.signals.caseId, c.id) : and(eq(t.signals.caseId, c.id), eq(t.signals.recipient, role)));
  return caseView(c, notifications, signals, role === 'gemeente' ? 'gemeente' : 'keten');
}

async function routedTo(deps: Deps, caseId: string, org: string): Promise<boolean> {
  const { db, t } = deps.database;
  const [s] = await db.select({ id: t.signals.id }).from(t.signals).where(and(eq(t.signals.caseId, caseId), eq(t.signals.recipient, org))).limit(1);
  return !!s;
}

export async function getOne(c: Context<AppEnv>, id: string) {
  const deps = c.var.deps;
  const { db, t } = deps.database;
  const role = c.var.role;
  const p = c.var.principal;
  const [row] = await db.select().from(t.cases).where(eq(t.cases.id, id));
  if (!row) {
    // Stored but not yet assessed: the original event tells which municipality it belongs to.
    const [ev] = await db.select().from(t.events).where(and(eq(t.events.caseId, id), eq(t.events.status, 'ontvangen'))).limit(1);
    const data = ev?.data as Parameters<typeof pendingCaseView>[1] | null;
    if (!ev || !data?.gemeenteVanInschrijving) throw notFound('Vertrekmelding niet gevonden.');
    if (role !== 'gemeente' || !p.municipalities.includes(data.gemeenteVanInschrijving.code)) {
      await recordRefusal(c, 'andere-organisatie', 'vertrekmelding', id);
      throw forbidden();
    }
    await record(c, [{ operation: 'lezen', objectType: 'vertrekmelding', objectId: id, purpose: PURPOSES.notification, subjectBsn: data.burgerservicenummer }]);
    return pendingCaseView(id, data, ev.receivedAt);
  }
  const allowed = role === 'gemeente' ? p.municipalities.includes(row.municipalityCode) : await routedTo(deps, id, role);
  if (!allowed) {
    await recordRefusal(c, 'andere-organisatie', 'vertrekmelding', id);
    throw forbidden();
  }
  await record(c, [{ operation: 'lezen', objectType: 'vertrekmelding', objectId: id, purpose: role === 'gemeente' ? PURPOSES.notification : PURPOSES.signal, subjectBsn: row.childBsn }]);
  return render(deps, row, role);
}

export async function search(c: Context<AppEnv>, bsn: string) {
  const deps = c.var.deps;
  const { db, t } = deps.database;
  const role = c.var.role;
  const p = c.var.principal;
  let rows: CaseRow[];
  if (role === 'gemeente') {
    rows = p.municipalities.length ? await db.select().from(t.cases).where(and(eq(t.cases.childBsn, bsn), inArray(t.cases.municipalityCode, p.municipalities))).orderBy(asc(t.cases.createdAt)).limit(PAGE_SIZE) : [];
  } else {
    const routed = db.select({ id: t.signals.caseId }).from(t.signals).where(eq(t.signals.recipient, role));
    rows = await db.select().from(t.cases).where(and(eq(t.cases.childBsn, bsn), inArray(t.cases.id, routed))).orderBy(asc(t.cases.createdAt)).limit(PAGE_SIZE);
  }
  await record(c, [{ operation: `zoeken:${rows.length}`, objectType: 'vertrekmelding', purpose: role === 'gemeente' ? PURPOSES.notification : PURPOSES.signal, subjectBsn: bsn }]);
  return { vertrekmeldingen: await Promise.all(rows.map((r) => render(deps, r, role))) };
}

export async function list(c: Context<AppEnv>, q: { status?: string; gemeente?: string; vanaf?: string }) {
  const deps = c.var.deps;
  const { db, t } = deps.database;
  const p = c.var.principal;
  if (q.gemeente && !p.municipalities.includes(q.gemeente)) {
    await recordRefusal(c, 'andere-gemeente', 'vertrekmelding');
    throw forbidden('Deze gegevens horen bij een andere gemeente.');
  }
  const municipalities = q.gemeente ? [q.gemeente] : p.municipalities;
  const cursor = decodeCursor(q.vanaf);
  const rows = municipalities.length
    ? await db
        .select()
        .from(t.cases)
        .where(and(inArray(t.cases.municipalityCode, municipalities), q.status ? eq(t.cases.status, q.status) : undefined, cursor ? or(gt(t.cases.createdAt, cursor.at), and(eq(t.cases.createdAt, cursor.at), gt(t.cases.id, cursor.id))) : undefined))
        .orderBy(asc(t.cases.createdAt), asc(t.cases.id))
        .limit(PAGE_SIZE + 1)
    : [];
  const page = rows.slice(0, PAGE_SIZE);
  const last = rows.length > PAGE_SIZE ? page[page.length - 1] : null;
  await record(c, page.map((r) => ({ operation: 'lezen:lijst', objectType: 'vertrekmelding', objectId: r.id, purpose: PURPOSES.notification, subjectBsn: r.childBsn })));
  const volgende = nextLink(c.req.url, last ? { at: last.createdAt, id: last.id } : null);
  return { vertrekmeldingen: await Promise.all(page.map((r) => render(deps, r, 'gemeente'))), ...(volgende ? { volgende } : {}) };
}
