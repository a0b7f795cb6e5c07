// The context of a page request: the API's variables (principal, role, requestId) plus the pages' own runtime
// (`pages`) and the session.
import type { AppEnv } from '../http/env.ts';
import type { PagesHost } from './host.ts';
import type { OidcClient } from './oidc/client.ts';
import type { Session } from './session/session.ts';
import type { WebSettings } from './settings.ts';

/** Built once per app by createWeb(): settings, the cookie key and (in OIDC mode) the identity provider client. */
export interface WebRuntime {
  host: PagesHost;
  settings: WebSettings;
  sealKey: Uint8Array;
  oidc?: OidcClient;
}

export interface WebEnv {
  Variables: AppEnv['Variables'] & { session: Session; pages: WebRuntime };
}
