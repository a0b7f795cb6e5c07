// Aandachtsmarkeringen: RvdK IKO and Ca IKA mark a child for a period; a departure of a marked child is urgent.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole } from '../auth/middleware.ts';
import { AandachtsmarkeringInvoer, IdParam } from '../../../schemas/api.ts';
import { errorResponses } from '../openapi-common.ts';
import { badRequest, forbidden, notFound } from '../problem.ts';
import { actorOf, record, recordRefusal } from '../audit.ts';
import { auditInsert, auditRows, PURPOSES } from '../../audit/audit.ts';
import { QUEUES } from '../../jobs/queues.ts';
import { newId } from '../../ids.ts';

const tags = ['Aandachtsmarkeringen'];
const security = [{ bearer: [] }];
const Markering = z
  .object({ id: z.string(), burgerservicenummer: z.string(), reden: z.string(), geldigTot: z.string(), organisatie: z.string(), aangemaaktOp: z.string(), actief: z.boolean() })
  .openapi('Aandachtsmarkering');

const create = createRoute({
  method: 'post', path: '/aandachtsmarkeringen', tags, security, summary: 'Een kind markeren (RvdK IKO, Ca IKA)',
  request: { body: { required: true, content: { 'application/json': { schema: AandachtsmarkeringInvoer } } } },
  responses: { 201: { description: 'Aangemaakt', content: { 'application/json': { schema: Markering } } }, ...errorResponses(400, 401, 403) },
});
const list = createRoute({
  method: 'get', path: '/aandachtsmarkeringen', tags, security, summary: 'Actieve markeringen van de eigen organisatie',
  request: { query: z.object({ inclusiefVerlopen: z.enum(['true', 'false']).optional() }) },
  responses: { 200: { description: 'Markeringen', content: { 'application/json': { schema: z.object({ aandachtsmarkeringen: z.array(Markering) }) } } }, ...errorResponses(401, 403) },
});
const remove = createRoute({
  method: 'delete', path: '/aandachtsmarkeringen/{id}', tags, security, summary: 'Een markering beëindigen',
  request: { params: IdParam },
  responses: { 204: { description: 'Beëindigd' }, ...errorResponses(400, 401, 403, 404) },
});

type Row = typeof import('../../../schemas/db/sqlite.ts').watchMarkings.$inferSelect;
const today = (c: Context<AppEnv>) => new Date(c.var.deps.now()).toISOString().slice(0, 10);
const view = (m: Row, day: string) => ({ id: m.id, burgerservicenummer: m.childBsn, reden: m.reason, geldigTot: m.validUntil, organisatie: m.organisation, aangemaaktOp: new Date(m.createdAt).toISOString(), actief: m.removedAt === null && m.validUntil >= day });

export function register(app: OpenAPIHono<AppEnv>) {
  for (const p of ['/aandachtsmarkeringen', '/aandachtsmarkeringen/*']) app.use(p, authenticate, requireRole('rvdk-iko', 'ca-ika'));

  app.openapi(create, async (c) => {
    const deps = c.var.deps;
    const { db, t } = deps.database;
    const body = c.req.valid('json');
    if (body.geldigTot < today(c)) throw badRequest([{ name: 'geldigTot', reason: 'moet vandaag of later zijn' }]);
    const now = deps.now();
    const actor = actorOf(c);
    const row = { id: newId(), childBsn: body.burgerservicenummer, reason: body.reden, validUntil: body.geldigTot, organisation: c.var.role, createdBy: actor.sub, createdAt: now, removedAt: null };
    // Open cases of this child are looked at again: the marking can make them urgent.
    const open = await db.select({ id: t.cases.id }).from(t.cases).where(and(eq(t.cases.childBsn, body.burgerservicenummer), isNull(t.cases.closedReason)));
    const audit = await auditRows(deps.pseudonyms, [{ actor, operation: 'markering-aanmaken', objectType: 'aandachtsmarkering', objectId: row.id, purpose: PURPOSES.watch, subjectBsn: body.burgerservicenummer }], now);
    await deps.database.atomic((d) => [
      d.insert(t.watchMarkings).values(row),
      ...deps.database.enqueue(d, open.map((o) => ({ id: `reassess:${o.id}:markering:${row.id}`, queue: QUEUES.assessCase.name, key: o.id, payload: { caseId: o.id } })), now),
      ...auditInsert(d, t, audit),
    ]);
    deps.poke();
    return c.json(view(row, today(c)), 201);
  });

  app.openapi(list, async (c) => {
    const { db, t } = c.var.deps.database;
    const all = c.req.valid('query').inclusiefVerlopen === 'true';
    const day = today(c);
    const rows = await db
      .select()
      .from(t.watchMarkings)
      .where(and(eq(t.watchMarkings.organisation, c.var.role), all ? undefined : and(isNull(t.watchMarkings.removedAt), gte(t.watchMarkings.validUntil, day))))
      .orderBy(asc(t.watchMarkings.createdAt))
      .limit(1000);
    await record(c, rows.map((m) => ({ operation: 'lezen:lijst', objectType: 'aandachtsmarkering', objectId: m.id, purpose: PURPOSES.watch, subjectBsn: m.childBsn })));
    return c.json({ aandachtsmarkeringen: rows.map((m) => view(m, day)) }, 200);
  });

  app.openapi(remove, async (c) => {
    const deps = c.var.deps;
    const { db, t } = deps.database;
    const id = c.req.valid('param').id;
    const [m] = await db.select().from(t.watchMarkings).where(eq(t.watchMarkings.id, id));
    if (!m || m.removedAt !== null) throw notFound('Markering niet gevonden.');
    if (m.organisation !== c.var.role) {
      await recordRefusal(c, 'andere-organisatie', 'aandachtsmarkering', id);
      throw forbidden('Deze markering is van een andere organisatie.');
    }
    const now = deps.now();
    const audit = await auditRows(deps.pseudonyms, [{ actor: actorOf(c), operation: 'markering-beeindigen', objectType: 'aandachtsmarkering', objectId: id, purpose: PURPOSES.watch, subjectBsn: m.childBsn }], now);
    await deps.database.atomic((d) => [d.update(t.watchMarkings).set({ removedAt: now }).where(eq(t.watchMarkings.id, id)), ...auditInsert(d, t, audit)]);
    return c.body(null, 204) as never;
  });
}
