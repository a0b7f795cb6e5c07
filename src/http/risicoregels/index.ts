// GET /risicoregels (public): the rule set in force, with per rule what it uses, its effect and why it is lawful.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { RULESET } from '../../core/risk/rules.ts';
import { ROUTING_TABLE } from '../../core/risk/routing.ts';
import { HAGUE_SOURCE } from '../../core/reference/countries.ts';

const Regel = z.object({ id: z.string(), omschrijving: z.string(), effect: z.record(z.string(), z.unknown()), gegevens: z.array(z.string()), grondslag: z.string() });
const route = createRoute({
  method: 'get', path: '/risicoregels', tags: ['Risicoregels'], summary: 'De geldende risicoregels (openbaar)',
  responses: { 200: { description: 'Regelset', content: { 'application/json': { schema: z.object({ versie: z.string(), regels: z.array(Regel), routering: z.unknown(), hkov1980: z.unknown(), nooitGebruikt: z.array(z.string()) }).openapi('Regelset') } } } },
});

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, (c) =>
    c.json(
      {
        versie: RULESET.versie,
        regels: RULESET.regels.map((r) => ({ id: r.id, omschrijving: r.omschrijving, effect: r.effect as Record<string, unknown>, gegevens: [...r.gegevens], grondslag: r.grondslag })),
        routering: ROUTING_TABLE,
        hkov1980: HAGUE_SOURCE,
        nooitGebruikt: ['nationaliteit', 'geboorteland', 'etniciteit', 'religie', 'namen', 'lijsten van "risicolanden"'],
      },
      200,
    ),
  );
}
