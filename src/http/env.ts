import type { Deps } from '../deps.ts';
import type { Principal, Role } from './auth/principal.ts';

export interface AppEnv {
  Variables: { deps: Deps; principal: Principal; role: Role; requestId: string };
}
