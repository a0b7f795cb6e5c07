// What every HTTP handler and page finds on the context: the runtime (use cases' context, token verifier, config),
// and after authentication the acting principal and role.
import type { Actor } from '../app/actor.ts';
import type { Principal } from '../app/auth/principal.ts';
import type { Runtime } from '../compose.ts';

export interface Web {
  runtime: Runtime;
  /** The API reference's browser script, when the platform can serve it locally (Node). */
  docsScript?: string;
}

export interface AppEnv {
  Variables: { web: Web; principal: Principal; actor: Actor; requestId: string };
}
