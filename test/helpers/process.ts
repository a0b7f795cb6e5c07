// Starts the real service (src/node.ts) as a child process on the project's Node, for crash and outage tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { type FakeBrpServer, startFakeBrpServer } from '../../adapters/brp/fake-server.ts';
import { devIssuerKeyFile, mintToken } from '../../src/dev-issuer.ts';

const READY_HTTP = /"port":(\d+)[^\n]*vertreksignaal listening/;
const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  output: string[];
  token(roles: string[], gemeentecodes?: string[]): Promise<string>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startService(
  dataDir: string,
  env: Record<string, string> = {},
  ready = READY_HTTP,
): Promise<ServiceProcess> {
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${join(dataDir, 'vs.db')}`,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      DEMO_DATA: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start: ${output.join('')}`)), 30_000);
    const onData = (d: Buffer) => {
      output.push(d.toString());
      const m = ready.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1] ? `http://127.0.0.1:${m[1]}` : '');
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('exit', (code) => reject(new Error(`service exited ${code}: ${output.join('')}`)));
  });
  // Read when first needed: a service started with real auth settings has no dev issuer key.
  const key = () => JSON.parse(readFileSync(devIssuerKeyFile(dataDir), 'utf8'));
  return {
    url,
    child,
    output,
    token: (roles, gemeentecodes) => mintToken(key(), { sub: 'e2e', roles, gemeentecodes }),
    kill: (signal = 'SIGKILL') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/**
 * Services started through the returned `start`, each in a data directory of its own, on a local fake BRP over
 * HTTP; all killed, the BRP closed and the directories removed after the file. Call at the top of a test file.
 */
export function servicesOnFakeBrp() {
  let brp: FakeBrpServer;
  const dirs: string[] = [];
  const services: ServiceProcess[] = [];
  beforeAll(async () => {
    brp = await startFakeBrpServer();
  });
  afterAll(async () => {
    for (const s of services) await s.kill();
    await brp.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return {
    /** The fake BRP (set unavailable for an outage). */
    brp: () => brp,
    /** A new data directory, removed after the file. */
    newDir() {
      const dir = mkdtempSync(join(tmpdir(), 'vs-proc-'));
      dirs.push(dir);
      return dir;
    },
    async start(dir: string, env: Record<string, string> = {}) {
      const s = await startService(dir, { BRP_API_URL: brp.url, ...env });
      services.push(s);
      return s;
    },
  };
}
