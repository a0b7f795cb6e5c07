// Today's date on the service's clock (tests move it), for deadlines shown in views.
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

export const today = (c: Context<AppEnv>) => new Date(c.var.web.runtime.ctx.now()).toISOString().slice(0, 10);
