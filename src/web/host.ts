// The one seam between the staff pages and the rest of the service: settings, clock, logger, the logboek, and how
// a signed-in user becomes the acting principal and actor that API handlers and use cases know.
import type { Context } from 'hono';
import type { Role } from '../app/actor.ts';
import { PURPOSES, recordReads } from '../app/audit/record.ts';
import type { Runtime } from '../compose.ts';
import type { Config } from '../config.ts';
import type { SessionUser } from './session/session.ts';

export interface PagesHost {
  config: Config;
  logger: {
    info(o: object, msg?: string): void;
    warn(o: object, msg?: string): void;
    error(o: object, msg?: string): void;
  };
  /** Epoch milliseconds; sessions expire by this clock, so tests can move it. */
  now(): number;
  /** Key material for the session cookie when SESSION_SECRET is unset (dev mode: kept in the data directory). */
  sessionSecret?: string;
  runtime: Runtime;
}

export const hostFrom = (runtime: Runtime): PagesHost => ({
  config: runtime.config,
  logger: runtime.ctx.logger,
  now: runtime.ctx.now,
  sessionSecret: runtime.sessionSecret,
  runtime,
});

/** The session's user as `principal` and `actor`: the variables the API's handlers and use cases read. */
export function actAs(c: Context, user: SessionUser): void {
  c.set('principal', { sub: user.sub, roles: user.roles, municipalities: user.municipalities });
  c.set('actor', { sub: user.sub, role: user.role as Role, municipalities: user.municipalities });
}

/** A page refused for the user's role goes into the logboek as the API's refusals do. */
export async function recordRoleRefusal(
  c: Context,
  host: PagesHost,
  user: Pick<SessionUser, 'sub' | 'role' | 'municipalities'>,
): Promise<void> {
  await recordReads(host.runtime.ctx, user, [
    {
      operation: `geweigerd:rol:${c.req.method} ${c.req.routePath}`,
      objectType: 'pagina',
      purpose: PURPOSES.audit,
      outcome: 'geweigerd',
    },
  ]);
}
