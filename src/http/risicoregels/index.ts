// GET /risicoregels (public): the rule set in force, with per rule what it uses, its effect and why it is lawful;
// the routing table, the outcome vocabulary for closing a signal, and the Hague table's provenance.
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { SIGNAL_OUTCOMES } from '../../../schemas/domain.ts';
import { HAGUE_SOURCE } from '../../core/reference/countries.ts';
import { ROUTING_TABLE } from '../../core/risk/routing.ts';
import { RULESET } from '../../core/risk/rules.ts';
import type { AppEnv } from '../env.ts';
import { apiRoute } from '../route.ts';

// The Hague table's provenance and its counts per status, computed from the data (see docs/reference-data.md).
const Hkov1980 = z
  .object({
    asOf: z.string(),
    sources: z.array(z.string()),
    aantallen: z.record(z.string(), z.number().int()),
    onbekend: z.object({ aantal: z.number().int(), betekenis: z.string() }),
  })
  .openapi('Hkov1980');
const Regel = z.object({
  id: z.string(),
  omschrijving: z.string(),
  effect: z.record(z.string(), z.unknown()),
  gegevens: z.array(z.string()),
  grondslag: z.string(),
});
const Regelset = z
  .object({
    versie: z.string(),
    regels: z.array(Regel),
    routering: z.record(z.string(), z.array(z.string())),
    uitkomsten: z.array(z.string()),
    hkov1980: Hkov1980,
    nooitGebruikt: z.array(z.string()),
  })
  .openapi('Regelset');

export const route = apiRoute({
  method: 'get',
  path: '/risicoregels',
  tags: ['Risicoregels'],
  roles: 'public',
  operationId: 'haalRisicoregels',
  summary: 'De geldende risicoregels (openbaar)',
  description:
    'Per regel: de gegevens die zij gebruikt, haar effect en waarom zij rechtmatig is; ook de routering per niveau.',
  responses: { 200: { description: 'Regelset', content: { 'application/json': { schema: Regelset } } } },
});

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, (c) =>
    c.json(
      {
        versie: RULESET.versie,
        regels: RULESET.regels.map((r) => ({
          id: r.id,
          omschrijving: r.omschrijving,
          effect: { ...r.effect },
          gegevens: [...r.gegevens],
          grondslag: r.grondslag,
        })),
        routering: Object.fromEntries(Object.entries(ROUTING_TABLE).map(([k, v]) => [k, [...v]])),
        uitkomsten: [...SIGNAL_OUTCOMES],
        hkov1980: HAGUE_SOURCE,
        nooitGebruikt: [
          'nationaliteit',
          'geboorteland',
          'etniciteit',
          'religie',
          'namen',
          'lijsten van "risicolanden"',
        ],
      },
      200,
    ),
  );
}
