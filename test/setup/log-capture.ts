// Captures everything the code under test writes to stdout/stderr and fails the test file
// when a line holds a BSN-shaped number or a demo person's name: personal data never reaches logs.
import { afterAll } from 'vitest';
import { assertNoPersonalData } from './personal-data.ts';

const captured: string[] = [];
for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return original(chunk, ...rest);
  }) as typeof stream.write;
}

afterAll(() => assertNoPersonalData(captured));
