// npm run start:worker's configuration: which variables reach the Worker, dev mode, and the env file wrangler reads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unstable_getVarsForDev } from 'wrangler';
import { toDotenv, WorkerEnvError, workerEnv } from '../scripts/worker-env.ts';
import { DEV_AUDIENCE, DEV_ISSUER } from '../src/dev-issuer.ts';

const keys = (authJwks?: string) => ({
  authJwks,
  devJwks: async () => '{"keys":["dev"]}',
  signingKey: async () => '{"d":"s"}',
  pseudonymKey: async () => 'p',
  sessionSecret: async () => 'session-secret',
});
const DEV_PAGES = { PUBLIC_URL: 'http://localhost:8080', SESSION_SECRET: 'session-secret' };
const IDP = { AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'vs' };

describe('workerEnv', () => {
  it('dev mode without auth settings: the dev issuer, its public keys inline, demo data (fake BRP)', async () => {
    const w = await workerEnv({ WEBHOOK_CIKO: 'https://ciko.example/hook' }, keys());
    expect(w).toMatchObject({ devMode: true, demoData: true });
    expect(w.vars).toEqual({
      WEBHOOK_CIKO: 'https://ciko.example/hook',
      AUTH_ISSUER: DEV_ISSUER,
      AUTH_AUDIENCE: DEV_AUDIENCE,
      AUTH_JWKS: '{"keys":["dev"]}',
      SIGNING_KEY: '{"d":"s"}',
      PSEUDONYM_KEY: 'p',
      ...DEV_PAGES,
    });
  });

  it('the pages: PUBLIC_URL from PORT unless given, a session key kept outside production only', async () => {
    expect((await workerEnv({ PORT: '9281' }, keys())).vars.PUBLIC_URL).toBe('http://localhost:9281');
    const given = { PUBLIC_URL: 'https://vs.example.nl', SESSION_SECRET: 'x'.repeat(32) };
    expect((await workerEnv(given, keys())).vars).toMatchObject(given);
    const production = { NODE_ENV: 'production', PSEUDONYM_KEY: 'p', ...IDP };
    expect((await workerEnv(production, keys('{}'))).vars.SESSION_SECRET).toBeUndefined();
  });

  it('no demo data with a real BRP or DEMO_DATA=false; DEMO_DATA=true forces it', async () => {
    expect((await workerEnv({ BRP_API_URL: 'https://brp.example' }, keys())).demoData).toBe(false);
    expect((await workerEnv({ DEMO_DATA: 'false' }, keys())).demoData).toBe(false);
    expect((await workerEnv({ ...IDP, DEMO_DATA: 'true' }, keys('{"keys":[]}'))).demoData).toBe(true);
  });

  it('an identity provider: its JWKS inline, issuer and audience required, no demo data', async () => {
    const w = await workerEnv(
      { ...IDP, PORT: '9', DATABASE_URL: 'file:x', AUTH_JWKS_FILE: '/k', RUN_WORKER: 'true' },
      keys('{"keys":[1]}'),
    );
    expect(w).toMatchObject({ devMode: false, demoData: false });
    const vars = { ...IDP, AUTH_JWKS: '{"keys":[1]}', SIGNING_KEY: '{"d":"s"}', PSEUDONYM_KEY: 'p' };
    expect(w.vars).toEqual({ ...vars, PUBLIC_URL: 'http://localhost:9', SESSION_SECRET: 'session-secret' });
    expect((await workerEnv({ ...IDP, AUTH_JWKS_URL: 'https://idp.example/jwks' }, keys())).vars.AUTH_JWKS_URL).toBe(
      'https://idp.example/jwks',
    );
    await expect(workerEnv({ AUTH_AUDIENCE: 'vs' }, keys('{}'))).rejects.toThrow('AUTH_ISSUER: required');
    await expect(workerEnv({ AUTH_ISSUER: 'i' }, keys('{}'))).rejects.toThrow('AUTH_AUDIENCE: required');
  });

  it('production refuses dev mode and a missing pseudonym key, before any key is generated', async () => {
    const generated: string[] = [];
    const spy = {
      ...keys(),
      devJwks: async () => {
        generated.push('dev');
        return '{}';
      },
      pseudonymKey: async () => {
        generated.push('pseudonym');
        return 'p';
      },
    };
    await expect(workerEnv({ NODE_ENV: 'production', PSEUDONYM_KEY: 'p' }, spy)).rejects.toThrow(WorkerEnvError);
    await expect(workerEnv({ NODE_ENV: 'production', ...IDP }, { ...spy, authJwks: '{}' })).rejects.toThrow(
      'PSEUDONYM_KEY: required',
    );
    expect(generated).toEqual([]);
    await expect(workerEnv({ DEMO_DATA: 'yes' }, keys())).rejects.toThrow('DEMO_DATA');
  });
});

describe('toDotenv', () => {
  it('wrangler reads back every value exactly ($, backslashes, JSON, newlines)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vs-dotenv-'));
    try {
      // Pieces that dotenv and wrangler's $-expansion treat specially, mixed with any characters.
      const piece = fc.oneof(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text ${A}, which wrangler would expand
        fc.constantFrom('$', '$A', '${A}', '\\', '\\$', '\\n', '"', '#', ' ', '\n', '=', '{"k":1}'),
        fc.string({ unit: 'binary', maxLength: 4 }),
      );
      const value = fc
        .array(piece, { maxLength: 8 })
        .map((p) => p.join(''))
        .filter((v) => !/['\0\r]|\\$/.test(v));
      const vars = fc.dictionary(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,10}$/), value, { maxKeys: 5 });
      fc.assert(
        fc.property(vars, (v) => {
          const file = join(dir, 'test.env');
          writeFileSync(file, toDotenv(v));
          const read = unstable_getVarsForDev(undefined, [file], {}, undefined, true);
          expect(Object.fromEntries(Object.entries(read).map(([k, b]) => [k, (b as { value: string }).value]))).toEqual(
            v,
          );
        }),
        { numRuns: 200 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a value wrangler would read altered (quote, CR, final backslash)', () => {
    expect(() => toDotenv({ A: "it's" })).toThrow(WorkerEnvError);
    expect(() => toDotenv({ A: 'C:\\' })).toThrow(WorkerEnvError);
    expect(() => toDotenv({ A: 'a\r\nb' })).toThrow(WorkerEnvError);
  });
});
