// All /api/v1 resources, one folder each.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import type { Deps } from '../deps.ts';
import { register as gebeurtenissen } from './gebeurtenissen/index.ts';
import { register as vertrekmeldingen } from './vertrekmeldingen/index.ts';
import { register as kennisgevingen } from './kennisgevingen/index.ts';
import { register as signalen } from './signalen/index.ts';
import { register as aandachtsmarkeringen } from './aandachtsmarkeringen/index.ts';
import { register as risicoregels } from './risicoregels/index.ts';
import { register as logboek } from './logboek/index.ts';
import { register as docs } from './docs/index.ts';

export function registerApi(app: OpenAPIHono<AppEnv>, deps: Deps) {
  gebeurtenissen(app, deps.config.INTAKE_RATE_PER_MINUTE);
  vertrekmeldingen(app);
  kennisgevingen(app);
  signalen(app);
  aandachtsmarkeringen(app);
  risicoregels(app);
  logboek(app);
  docs(app);
}
