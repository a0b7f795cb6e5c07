// What `npm run start:worker` hands the Worker: the §1 variables from the environment, with the settings that name
// a file on Node given inline (AUTH_JWKS, SIGNING_KEY), and dev mode (dev issuer, demo data) when no auth is set.
import { ConfigSchema } from '../src/config.ts';
import { DEV_AUDIENCE, DEV_ISSUER } from '../src/dev-issuer.ts';

/** Node-only settings: the Worker gets its database, keys and process model from bindings and this script. */
const NODE_ONLY = new Set([
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'AUTH_JWKS_FILE',
  'SIGNING_KEY_FILE',
  'RUN_WORKER',
  'SERVE_HTTP',
  'DEMO_DATA',
]);
const PASSED_THROUGH = Object.keys(ConfigSchema.shape).filter((k) => !NODE_ONLY.has(k));

export interface WorkerKeys {
  /** The JWKS JSON of the identity provider (AUTH_JWKS, or AUTH_JWKS_FILE read by the caller); unset → dev mode. */
  authJwks?: string;
  /** Called only when needed (and after the checks), since they may generate a key into the data directory. */
  devJwks: () => Promise<string>;
  signingKey: () => Promise<string>;
  pseudonymKey: () => Promise<string>;
  /** The staff session key outside production when SESSION_SECRET is unset (as `npm start` keeps one). */
  sessionSecret: () => Promise<string>;
}

export interface WorkerEnv {
  devMode: boolean;
  /** Take the demo scenarios in on a first start (dev mode, fake BRP, DEMO_DATA not false). */
  demoData: boolean;
  vars: Record<string, string>;
}

export class WorkerEnvError extends Error {}

export async function workerEnv(env: Record<string, string | undefined>, keys: WorkerKeys): Promise<WorkerEnv> {
  const production = env.NODE_ENV === 'production';
  const external = keys.authJwks ?? env.AUTH_JWKS_URL;
  if (!external && production) throw new WorkerEnvError('AUTH_JWKS or AUTH_JWKS_URL: required in production');
  if (external && (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE)) {
    throw new WorkerEnvError(
      `${env.AUTH_ISSUER ? 'AUTH_AUDIENCE' : 'AUTH_ISSUER'}: required with AUTH_JWKS/AUTH_JWKS_URL`,
    );
  }
  if (production && !env.PSEUDONYM_KEY) throw new WorkerEnvError('PSEUDONYM_KEY: required in production');
  const vars: Record<string, string> = {};
  for (const k of PASSED_THROUGH) if (env[k]) vars[k] = env[k];
  vars.SIGNING_KEY = await keys.signingKey();
  vars.PSEUDONYM_KEY = await keys.pseudonymKey();
  // Where the pages are reached (login callback, cookies): the Worker has no PORT of its own to derive it from.
  vars.PUBLIC_URL ??= `http://localhost:${env.PORT || '8080'}`;
  // Isolates come and go: a session key of their own would sign users out whenever another isolate answers.
  if (!production) vars.SESSION_SECRET ??= await keys.sessionSecret();
  const devMode = !external;
  if (devMode)
    Object.assign(vars, { AUTH_ISSUER: DEV_ISSUER, AUTH_AUDIENCE: DEV_AUDIENCE, AUTH_JWKS: await keys.devJwks() });
  else if (keys.authJwks) vars.AUTH_JWKS = keys.authJwks;
  const demo = env.DEMO_DATA ?? 'auto';
  if (!['auto', 'true', 'false'].includes(demo)) throw new WorkerEnvError('DEMO_DATA: must be auto, true or false');
  const demoData = demo === 'true' || (demo === 'auto' && devMode && !env.BRP_API_URL && !production);
  return { devMode, demoData, vars };
}

/** A dotenv file for `wrangler dev --env-file`. Single quotes keep backslashes and newlines; wrangler expands
 * `$NAME` even there and turns `\$` back into `$`, so every `$` is escaped. */
export function toDotenv(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([k, v]) => {
      // dotenv reads `\'` as a quote inside the value and drops carriage returns: such values would arrive altered.
      if (/['\r\0]|\\$/.test(v))
        throw new WorkerEnvError(`${k}: a quote, CR, NUL or final backslash cannot be passed to wrangler`);
      return `${k}='${v.replaceAll('$', '\\$')}'`;
    })
    .join('\n')
    .concat('\n');
}
