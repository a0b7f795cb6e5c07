// Event sources of a replay: NDJSON files as they are, the synthetic stream, and their batches.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batches, fileSource, syntheticSource, until } from './source.ts';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('replay sources', () => {
  it('reads an NDJSON file line by line, skipping blank lines, and finds the municipalities it names', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vs-replay-')), 'events.ndjson');
    const lines = [
      '{"id":"a","data":{"gemeenteVanInschrijving":{"code":"0363","omschrijving":"Amsterdam"}}}',
      '',
      '{"id":"b","data":{"gemeenteVanInschrijving": {"code": "0518"}}}',
      'not json at all',
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const source = await fileSource(file);
    expect(source.total).toBe(3);
    expect(source.municipalities).toEqual(['0363', '0518']);
    expect(await collect(source.events())).toEqual([lines[0], lines[2], lines[3]]);
  });

  it('yields the synthetic stream as JSON text, in batches of the given size', async () => {
    const source = syntheticSource(250, { runId: 'x', date: '2026-11-30' });
    const b = await collect(batches(source.events(), 100));
    expect(b.map((x) => x.length)).toEqual([100, 100, 50]);
    expect(JSON.parse(b[0][0]).id).toBe('synth-x-0-0');
  });

  it('stops a stream at its deadline', async () => {
    expect(await collect(until(syntheticSource(100).events(), Date.now() - 1))).toEqual([]);
  });
});
