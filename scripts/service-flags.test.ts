import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_ENV, SERVICE_NODE_FLAGS } from './service-flags.ts';

describe('service flags', () => {
  it('npm start runs the service with the same heap limits and malloc setting as the bench and the workers', () => {
    const start: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start;
    const env = Object.entries(SERVICE_ENV).map(([k, v]) => `${k}=${v}`);
    expect(start).toBe(`${env.join(' ')} node ${SERVICE_NODE_FLAGS.join(' ')} --import tsx src/node.ts`);
  });
});
