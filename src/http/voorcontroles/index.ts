// POST /voorcontroles: the desk pre-check before a departure is registered; stores no case.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Voorcontrole, VoorcontroleInvoer } from '../../../schemas/api/cases.ts';
import { runPrecheck } from '../../app/cases/precheck.ts';
import type { AppEnv } from '../env.ts';
import { apiRoute, errorResponses } from '../route.ts';

export const precheckRoute = apiRoute({
  method: 'post',
  path: '/voorcontroles',
  tags: ['Vertrekmeldingen'],
  roles: ['gemeente'],
  operationId: 'doeVoorcontrole',
  summary: 'Voorcontrole aan de balie: ontbreken er gezaghouders bij de aangifte?',
  description:
    'Vóór het registreren van een vertrek: welke gezaghouders niet meedoen en wat de ambtenaar kan doen ' +
    '(verschijningsplicht). Slaat geen melding op.',
  request: { body: { required: true, content: { 'application/json': { schema: VoorcontroleInvoer } } } },
  responses: {
    200: { description: 'Het advies', content: { 'application/json': { schema: Voorcontrole } } },
    ...errorResponses(400, 401, 403),
  },
});

export function register(app: OpenAPIHono<AppEnv>) {
  app.openapi(precheckRoute, async (c) => {
    const r = await runPrecheck(c.var.web.runtime.ctx, c.var.actor, c.req.valid('json'));
    const person = (h: { burgerservicenummer?: string; naam?: string }) => ({
      ...(h.burgerservicenummer ? { burgerservicenummer: h.burgerservicenummer } : {}),
      ...(h.naam ? { naam: h.naam } : {}),
    });
    return c.json(
      {
        gezag: r.custody ? { type: r.custody.type, gezaghouders: r.custody.gezaghouders.map(person) } : null,
        ontbrekendeGezaghouders: r.missing.map(person),
        advies: r.advice,
        toelichting: r.explanation,
      },
      200,
    );
  });
}
