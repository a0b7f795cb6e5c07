// The part of @cloudflare/vitest-plugin's `cloudflare:test` module the workerd tests use, typed locally: its own
// types need @cloudflare/workers-types as globals, which clash with @types/node in the rest of the project.
declare module 'cloudflare:test' {
  export const env: Record<string, unknown>;
  /** The Worker under test (wrangler.toml `main`), called as Cloudflare would call its fetch handler. */
  export const SELF: { fetch(input: string, init?: RequestInit): Promise<Response> };
  export interface D1Migration {
    name: string;
    queries: string[];
  }
  export function applyD1Migrations(
    db: unknown,
    migrations: D1Migration[],
    migrationsTableName?: string,
  ): Promise<void>;
}

// The Worker under test as Cloudflare calls it (wrangler.toml `main`), each event in its own context: a request, or
// a cron trigger (scheduled() returns once the handler has run; what it handed to waitUntil may still be running).
declare module 'cloudflare:workers' {
  export const exports: {
    default: {
      fetch(input: string, init?: RequestInit): Promise<Response>;
      scheduled(options?: { cron?: string; scheduledTime?: Date | number }): Promise<unknown>;
    };
  };
}
