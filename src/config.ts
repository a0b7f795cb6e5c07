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
      .refine((v) => v.startsWith('file:') || v === ':memory:' || /^postgres(ql)?:\/\//.test(v), 'must be file:PATH or postgres://…'),
    BRP_API_URL: optionalUrl,
    BRP_API_KEY: z.string().optional(),
    AUTH_ISSUER: z.string().optional(),
    AUTH_AUDIENCE: z.string().optional(),
    AUTH_JWKS_URL: optionalUrl,
    AUTH_JWKS_FILE: z.string().optional(),
    SIGNING_KEY_FILE: z.string().optional(),
    WEBHOOK_CA_IKA: webhook,
    WEBHOOK_RVDK_IKO: webhook,
    WEBHOOK_CIKO: webhook,
    NODE_ENV: z.string().optional(),
    SERVICE_URN: z.string().default('urn:nld:vertreksignaal'),
    DATA_DIR: z.string().optional(),
    PSEUDONYM_KEY: z.string().optional(),
    NOTIFICATION_DUE_WORKING_DAYS: positiveInt(5),
    SIGNAL_SLA_HOURS_URGENT: positiveInt(4),
    SIGNAL_SLA_HOURS_HOOG: positiveInt(24),
    SIGNAL_SLA_HOURS_VERHOOGD: positiveInt(120),
    WEBHOOK_MAX_ATTEMPTS: positiveInt(8),
    SIS_REVIEW_DAYS: positiveInt(365),
    RETENTION_DAYS: positiveInt(730),
    INTAKE_RATE_PER_MINUTE: positiveInt(60_000),
    DEMO_DATA: z.enum(['auto', 'true', 'false']).default('auto'),
    RUN_WORKER: z.enum(['true', 'false']).default('true'),
    SERVE_HTTP: z.enum(['true', 'false']).default('true'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production') {
      for (const key of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
      }
      if (!c.AUTH_JWKS_URL && !c.AUTH_JWKS_FILE) ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'AUTH_JWKS_URL or AUTH_JWKS_FILE required in production' });
      if (!c.PSEUDONYM_KEY) ctx.addIssue({ code: 'custom', path: ['PSEUDONYM_KEY'], message: 'required in production' });
    }
    if ((c.AUTH_JWKS_URL || c.AUTH_JWKS_FILE) && (!c.AUTH_ISSUER || !c.AUTH_AUDIENCE)) {
      ctx.addIssue({ code: 'custom', path: [c.AUTH_ISSUER ? 'AUTH_AUDIENCE' : 'AUTH_ISSUER'], message: 'required with AUTH_JWKS_URL/AUTH_JWKS_FILE' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  return parsed.data;
}

/** Dev mode: no identity provider configured and not production; tokens come from `npm run token`. */
export const isDevAuth = (c: Config) => !c.AUTH_JWKS_URL && !c.AUTH_JWKS_FILE && c.NODE_ENV !== 'production';
