// Captures everything the code under test writes to stdout/stderr and fails the test file
// when a line holds a BSN-shaped number or a demo person's name: personal data never reaches logs.
import { afterAll } from 'vitest';

const captured: string[] = [];
for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return original(chunk, ...rest);
  }) as typeof stream.write;
}

const BSN_SHAPED = /(?<![0-9A-Za-z])[0-9]{9}(?![0-9A-Za-z])/;

async function forbiddenNames(): Promise<string[]> {
  try {
    const mod = await import('../../adapters/brp/demo-persons.ts');
    return mod.demoNames();
  } catch {
    return [];
  }
}

afterAll(async () => {
  const names = await forbiddenNames();
  const offending = captured
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => BSN_SHAPED.test(line) || names.some((n) => line.includes(n)));
  if (offending.length > 0) {
    // The report itself must not repeat the personal data: show the line with digits and names masked.
    const masked = names.reduce((l, n) => l.split(n).join('<naam>'), offending[0].replace(/[0-9]{9}/g, '<bsn>'));
    throw new Error(`personal data in log output (${offending.length} lines), first: ${masked.slice(0, 200)}`);
  }
});
