// GET /logboek and POST /logboek/_zoek (role privacy): who did what to whose data, when and for which purpose.
// The privacy officer sees pseudonyms, never case data; a search by BSN is turned into its pseudonym first.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, gt, gte, lte } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole } from '../auth/middleware.ts';
import { errorResponses } from '../openapi-common.ts';
import { Burgerservicenummer } from '../../../schemas/common.ts';
import { record } from '../audit.ts';
import { PURPOSES } from '../../audit/audit.ts';
import { verifyAudit } from '../../audit/seal.ts';
import { PAGE_SIZE } from '../pagination.ts';

const Regel = z
  .object({ volgnummer: z.number(), tijdstip: z.string(), actor: z.object({ sub: z.string(), rol: z.string(), organisatie: z.string().nullable() }), handeling: z.string(), object: z.object({ type: z.string(), id: z.string().nullable() }), doel: z.string(), betrokkene: z.string().nullable(), resultaat: z.string(), hash: z.string().nullable() })
  .openapi('Logboekregel');
const Lijst = z.object({ logboek: z.array(Regel), volgende: z.string().optional(), keten: z.object({ geldig: z.boolean(), gecontroleerd: z.number(), nietVerzegeld: z.number(), gebrokenBij: z.number().optional() }).optional() });
const Filter = z.object({
  van: z.iso.datetime({ offset: true }).optional(),
  tot: z.iso.datetime({ offset: true }).optional(),
  actor: z.string().max(200).optional(),
  betrokkene: z.string().regex(/^ps-[0-9a-f]{32}$/).optional(),
  vanaf: z.string().regex(/^\d+$/).optional(),
});

const list = createRoute({
  method: 'get', path: '/logboek', tags: ['Logboek'], security: [{ bearer: [] }], summary: 'Het logboek (rol privacy)',
  request: { query: Filter },
  responses: { 200: { description: 'Logboekregels', content: { 'application/json': { schema: Lijst } } }, ...errorResponses(400, 401, 403) },
});
const search = createRoute({
  method: 'post', path: '/logboek/_zoek', tags: ['Logboek'], security: [{ bearer: [] }], summary: 'Logboekregels over één persoon (BSN in de body)',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ burgerservicenummer: Burgerservicenummer, van: z.iso.datetime({ offset: true }).optional(), tot: z.iso.datetime({ offset: true }).optional() }).strict() } } } },
  responses: { 200: { description: 'Logboekregels', content: { 'application/json': { schema: Lijst } } }, ...errorResponses(400, 401, 403) },
});

async function query(c: Context<AppEnv>, f: { van?: string; tot?: string; actor?: string; betrokkene?: string; vanaf?: string }) {
  const { db, t } = c.var.deps.database;
  const rows = await db
    .select()
    .from(t.auditLog)
    .where(
      and(
        f.van ? gte(t.auditLog.at, Date.parse(f.van)) : undefined,
        f.tot ? lte(t.auditLog.at, Date.parse(f.tot)) : undefined,
        f.actor ? eq(t.auditLog.actorSub, f.actor) : undefined,
        f.betrokkene ? eq(t.auditLog.subjectPseudonym, f.betrokkene) : undefined,
        f.vanaf ? gt(t.auditLog.seq, Number(f.vanaf)) : undefined,
      ),
    )
    .orderBy(asc(t.auditLog.seq))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const more = rows.length > PAGE_SIZE;
  const u = new URL(c.req.url);
  if (more) u.searchParams.set('vanaf', String(page[page.length - 1].seq));
  return {
    logboek: page.map((r) => ({ volgnummer: r.seq, tijdstip: new Date(r.at).toISOString(), actor: { sub: r.actorSub, rol: r.actorRole, organisatie: r.actorOrg }, handeling: r.operation, object: { type: r.objectType, id: r.objectId }, doel: r.purpose, betrokkene: r.subjectPseudonym, resultaat: r.outcome, hash: r.hash })),
    ...(more ? { volgende: `${u.pathname}?${u.searchParams.toString()}` } : {}),
  };
}

export function register(app: OpenAPIHono<AppEnv>) {
  for (const p of ['/logboek', '/logboek/*']) app.use(p, authenticate, requireRole('privacy'));
  app.openapi(list, async (c) => {
    const f = c.req.valid('query');
    const result = await query(c, f);
    const chain = await verifyAudit(c.var.deps.database);
    await record(c, [{ operation: 'logboek-lezen', objectType: 'logboek', purpose: PURPOSES.audit, subjectBsn: null }]);
    return c.json({ ...result, keten: { geldig: chain.ok, gecontroleerd: chain.checked, nietVerzegeld: chain.unsealed, ...(chain.brokenAt ? { gebrokenBij: chain.brokenAt } : {}) } }, 200);
  });
  app.openapi(search, async (c) => {
    const body = c.req.valid('json');
    const pseudonym = await c.var.deps.pseudonyms.of(body.burgerservicenummer);
    const result = await query(c, { van: body.van, tot: body.tot, betrokkene: pseudonym });
    await record(c, [{ operation: 'logboek-zoeken', objectType: 'logboek', purpose: PURPOSES.audit, subjectBsn: body.burgerservicenummer }]);
    return c.json(result, 200);
  });
}
