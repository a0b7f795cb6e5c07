// /logboek (role privacy): who did what to whose data, when and for which purpose, with the chain's status. The
// privacy officer sees pseudonyms, never case data; a search by BSN is turned into its pseudonym first.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { LogboekFilter, LogboekLijst, LogboekZoekvraag } from '../../../schemas/api/other.ts';
import { readLog, type StoredAuditRecord } from '../../app/audit/log.ts';
import type { ChainStatus } from '../../app/audit/seal.ts';
import type { AppEnv } from '../env.ts';
import { apiRoute, errorResponses } from '../route.ts';

const tags: ['Logboek'] = ['Logboek'];
const ok = { description: 'Logboekregels', content: { 'application/json': { schema: LogboekLijst } } };

export const list = apiRoute({
  method: 'get',
  path: '/logboek',
  tags,
  roles: ['privacy'],
  operationId: 'zoekLogboekregels',
  summary: 'Het logboek',
  description: 'Regels op volgorde, te filteren op periode, actor, doel en pseudoniem, met de status van de hashketen.',
  request: { query: LogboekFilter },
  responses: { 200: ok, ...errorResponses(400, 401, 403) },
});
export const search = apiRoute({
  method: 'post',
  path: '/logboek/_zoek',
  tags,
  roles: ['privacy'],
  operationId: 'zoekLogboekregelsVanPersoon',
  summary: 'Logboekregels over één persoon',
  description: 'Het burgerservicenummer staat in de body en wordt eerst omgezet in zijn pseudoniem.',
  request: { body: { required: true, content: { 'application/json': { schema: LogboekZoekvraag } } } },
  responses: { 200: ok, ...errorResponses(400, 401, 403) },
});

const row = (r: StoredAuditRecord) => ({
  volgnummer: r.seq,
  tijdstip: new Date(r.at).toISOString(),
  actor: { sub: r.actorSub, rol: r.actorRole, organisatie: r.actorOrg },
  handeling: r.operation,
  object: { type: r.objectType, id: r.objectId },
  doel: r.purpose,
  betrokkene: r.subjectPseudonym,
  resultaat: r.outcome,
  hash: r.hash,
});
const chain = (k: ChainStatus) => ({
  geldig: k.ok,
  verzegeldTot: k.head,
  verankerdTot: k.anchoredUpTo,
  verankerdOp: k.anchoredAt,
  nietVerzegeld: k.unsealed,
  ...(k.reason ? { reden: k.reason } : {}),
});

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const f = c.req.valid('query');
    const r = await readLog(c.var.web.runtime.ctx, c.var.actor, {
      from: f.van ? Date.parse(f.van) : undefined,
      to: f.tot ? Date.parse(f.tot) : undefined,
      actor: f.actor,
      purpose: f.doel,
      subject: f.betrokkene,
      afterSeq: f.vanaf ? Number(f.vanaf) : undefined,
    });
    const u = new URL(c.req.url);
    if (r.next !== null) u.searchParams.set('vanaf', String(r.next));
    return c.json(
      {
        logboek: r.items.map(row),
        ...(r.next !== null ? { volgende: `${u.pathname}?${u.searchParams}` } : {}),
        keten: chain(r.chain),
      },
      200,
    );
  });
  app.openapi(search, async (c) => {
    const b = c.req.valid('json');
    const r = await readLog(
      c.var.web.runtime.ctx,
      c.var.actor,
      { from: b.van ? Date.parse(b.van) : undefined, to: b.tot ? Date.parse(b.tot) : undefined },
      { subjectBsn: b.burgerservicenummer },
    );
    return c.json({ logboek: r.items.map(row), keten: chain(r.chain) }, 200);
  });
}
