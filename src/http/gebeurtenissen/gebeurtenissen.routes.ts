import { createRoute, z } from '@hono/zod-openapi';
import { CloudEventEnvelope, IntakeResult, MAX_BATCH } from '../../../schemas/events.ts';
import { errorResponses } from '../openapi-common.ts';

export const post = createRoute({
  method: 'post',
  path: '/gebeurtenissen',
  tags: ['Gebeurtenissen'],
  summary: 'BRP-gebeurtenis(sen) aanbieden (CloudEvents 1.0, NL GOV-profiel)',
  description: `Rol \`brp-bron\`, alleen voor de eigen gemeenten. Eén gebeurtenis als \`application/cloudevents+json\` of maximaal ${MAX_BATCH} als \`application/cloudevents-batch+json\`. Duurzaam opgeslagen vóór het antwoord.`,
  security: [{ bearer: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/cloudevents+json': { schema: CloudEventEnvelope },
        'application/cloudevents-batch+json': { schema: z.array(CloudEventEnvelope).max(MAX_BATCH) },
      },
    },
  },
  responses: {
    200: { description: 'Al eerder ontvangen (dubbel)', content: { 'application/json': { schema: z.union([IntakeResult, z.array(IntakeResult)]) } } },
    202: { description: 'Ontvangen', content: { 'application/json': { schema: z.union([IntakeResult, z.array(IntakeResult)]) } } },
    ...errorResponses(400, 401, 403, 409, 413, 415),
  },
});
