// Configuration from the environment, validated once at start-up; a bad setting fails fast and names itself.
import { z } from '@hono/zod-openapi';

const optionalUrl = z.url().optional();
const webhook = z.url().optional();
const positiveInt = (d: number) => z.coerce.number().int().positive().default(d);

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    DATABASE_URL: z
      .string()
      .default('file:./data/vertreksignaal.db')
      .refine(
        (v) => v.startsWith('file:') || v === ':memory:' || /^postgres(ql)?:\/\//.test(v),
        'must be file:PATH or postgres://…',
      ),
    BRP_API_URL: optionalUrl,
    BRP_API_KEY: z.string().optional(),
    AUTH_ISSUER: z.string().optional(),
    AUTH_AUDIENCE: z.string().optional(),
    AUTH_JWKS_URL: optionalUrl,
    AUTH_JWKS_FILE: z.string().optional(),
    /** Workers: the JWKS JSON inline, where Node names a file (AUTH_JWKS_FILE). */
    AUTH_JWKS: z.string().optional(),
    SIGNING_KEY_FILE: z.string().optional(),
    /** Append-only JSONL file of signed audit chain heads (default: audit-anchors.jsonl in the data directory). */
    AUDIT_ANCHOR_FILE: z.string().optional(),
    /** A receiver elsewhere that keeps the signed chain heads too (contract §8). */
    AUDIT_ANCHOR_URL: optionalUrl,
    WEBHOOK_CA_IKA: webhook,
    WEBHOOK_RVDK_IKO: webhook,
    WEBHOOK_CIKO: webhook,
    NODE_ENV: z.string().optional(),
    SERVICE_URN: z.string().default('urn:nld:vertreksignaal'),
    DATA_DIR: z.string().optional(),
    PSEUDONYM_KEY: z.string().optional(),
    // Staff pages (contract §9): the identity provider, the address users reach us at, the session cookie key.
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/ })
      .refine(
        (v) => ['/', ''].includes(new URL(v).pathname) && !new URL(v).search,
        'must be an origin without a path, e.g. https://vertreksignaal.example.nl',
      )
      .transform((v) => new URL(v).origin)
      .optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    NOTIFICATION_DUE_WORKING_DAYS: positiveInt(5),
    SIGNAL_SLA_HOURS_URGENT: positiveInt(4),
    SIGNAL_SLA_HOURS_HOOG: positiveInt(24),
    SIGNAL_SLA_HOURS_VERHOOGD: positiveInt(120),
    WEBHOOK_MAX_ATTEMPTS: positiveInt(8),
    SIS_REVIEW_DAYS: positiveInt(365),
    RETENTION_DAYS: positiveInt(730),
    SHORT_RETENTION_DAYS: positiveInt(90),
    AUDIT_RETENTION_DAYS: positiveInt(1826),
    BRP_INVALID_ATTEMPTS: positiveInt(3),
    INTAKE_RATE_PER_MINUTE: positiveInt(60_000),
    DEMO_DATA: z.enum(['auto', 'true', 'false']).default('auto'),
    RUN_WORKER: z.enum(['true', 'false']).default('true'),
    JOB_THREAD: z.enum(['true', 'false']).default('true'),
    JOB_THREAD_NICE: z.coerce.number().int().min(0).max(19).default(10),
    SERVE_HTTP: z.enum(['true', 'false']).default('true'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    const issues = [...productionIssues(c), ...oidcIssues(c), ...jwksIssues(c)];
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Config = z.infer<typeof ConfigSchema>;

type OidcSettings = Pick<
  Config,
  'NODE_ENV' | 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'SESSION_SECRET'
>;

type Issue = { path: string[]; message: string };

/** Production refuses to run without token verification and without a pseudonym key. */
function productionIssues(
  c: Pick<
    Config,
    'NODE_ENV' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_JWKS_URL' | 'AUTH_JWKS_FILE' | 'AUTH_JWKS' | 'PSEUDONYM_KEY'
  >,
): Issue[] {
  if (c.NODE_ENV !== 'production') return [];
  const issues: Issue[] = [];
  for (const key of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
    if (!c[key]) issues.push({ path: [key], message: 'required in production' });
  }
  if (!c.AUTH_JWKS_URL && !c.AUTH_JWKS_FILE && !c.AUTH_JWKS)
    issues.push({ path: ['AUTH_JWKS_URL'], message: 'AUTH_JWKS_URL or AUTH_JWKS_FILE required in production' });
  if (!c.PSEUDONYM_KEY) issues.push({ path: ['PSEUDONYM_KEY'], message: 'required in production' });
  return issues;
}

/** Tokens are verified against keys only together with the issuer and audience they must name. */
function jwksIssues(
  c: Pick<Config, 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_JWKS_URL' | 'AUTH_JWKS_FILE' | 'AUTH_JWKS'>,
): Issue[] {
  if (!(c.AUTH_JWKS_URL || c.AUTH_JWKS_FILE || c.AUTH_JWKS) || (c.AUTH_ISSUER && c.AUTH_AUDIENCE)) return [];
  return [
    { path: [c.AUTH_ISSUER ? 'AUTH_AUDIENCE' : 'AUTH_ISSUER'], message: 'required with AUTH_JWKS_URL/AUTH_JWKS_FILE' },
  ];
}

/** The staff-page login settings go together; production needs https and a session key it did not make up itself. */
function oidcIssues(c: OidcSettings): Issue[] {
  const issues: Issue[] = [];
  if (!c.OIDC_ISSUER) {
    for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      if (c[key]) issues.push({ path: ['OIDC_ISSUER'], message: `required with ${key}` });
    }
    return issues.slice(0, 1);
  }
  for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
    if (!c[key]) issues.push({ path: [key], message: 'required with OIDC_ISSUER' });
  }
  if (c.NODE_ENV === 'production') {
    if (!c.SESSION_SECRET) {
      issues.push({ path: ['SESSION_SECRET'], message: 'required in production when OIDC_ISSUER is set' });
    }
    if (!c.OIDC_ISSUER.startsWith('https://')) {
      issues.push({ path: ['OIDC_ISSUER'], message: 'must be https in production' });
    }
  }
  return issues;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  // One directory for everything local: the SQLite file follows DATA_DIR unless DATABASE_URL says otherwise.
  if (!cleaned.DATABASE_URL && cleaned.DATA_DIR) cleaned.DATABASE_URL = `file:${cleaned.DATA_DIR}/vertreksignaal.db`;
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  return parsed.data;
}

/** Dev mode: no identity provider configured and not production; tokens come from `npm run token`. */
export const isDevAuth = (c: Config) =>
  !c.AUTH_JWKS_URL && !c.AUTH_JWKS_FILE && !c.AUTH_JWKS && c.NODE_ENV !== 'production';

/**
 * How staff sign in to the pages (contract §1, §9): through the identity provider, through the dev login page
 * (no OIDC settings, not production), or not at all (production without OIDC: the pages answer 404, the API works).
 */
export const staffLoginMode = (c: Config): 'oidc' | 'dev' | 'off' =>
  c.OIDC_ISSUER ? 'oidc' : c.NODE_ENV === 'production' ? 'off' : 'dev';

/** Where users reach the service; the login callback is `{publicUrl}/auth/callback`. */
export const publicUrlOf = (c: Config): string => c.PUBLIC_URL ?? `http://localhost:${c.PORT}`;
