// The PDF adapter as the Workers bundle runs it: pdfkit's browser build, the fonts imported as bytes
// (adapters/letter/fonts.worker.ts) and import.meta.url defined, bundled with the Worker settings and run here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Adapter from '../adapters/letter/pdf.ts';
import { inspectPdf, withRole } from '../adapters/letter/pdf-inspect.fixture.ts';
import { composeLetter } from '../src/core/letter/compose.ts';
import { SAMPLE_LETTER } from '../src/core/letter/sample.fixture.ts';
import { composeReturnRequest } from '../src/core/return-request/compose.ts';
import { SAMPLE_RETURN_REQUEST } from '../src/core/return-request/sample.fixture.ts';
import { bundleForNode } from './helpers/worker-esbuild.ts';

const dir = mkdtempSync(join(tmpdir(), 'worker-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF adapter in the Workers bundle', () => {
  it('bundles without Node modules, with the browser build of pdfkit and the fonts as bytes', async () => {
    const entry = new URL('../adapters/letter/pdf.ts', import.meta.url).pathname;
    const r = await bundleForNode({ entry, outfile: join(dir, 'pdf.mjs') });
    expect(r.nodeImports).toEqual([]);
    expect(r.inputs.some((i) => i.endsWith('pdfkit/js/pdfkit.browser.mjs'))).toBe(true);
    expect(r.inputs.some((i) => i.endsWith('adapters/letter/fonts.worker.ts'))).toBe(true);
    expect(r.inputs.some((i) => i.endsWith('adapters/letter/fonts.node.ts'))).toBe(false);
    expect(r.inputs.filter((i) => i.endsWith('.ttf')).length).toBe(2);

    const bundled: typeof Adapter = await import(pathToFileURL(join(dir, 'pdf.mjs')).href);
    const child = { naam: 'Ŀluïsa Ayşe Wałęsa Őrs' };
    const letter = await inspectPdf(await bundled.renderLetterPdf(composeLetter({ ...SAMPLE_LETTER, child })));
    expect(letter.text).toContain(child.naam);
    expect(letter.info.Language).toBe('nl-NL');
    expect(withRole(letter.trees, 'H1').map((h) => h.text)).toEqual(['Vertrek van uw kind naar het buitenland']);
    expect(letter.untagged).toEqual([]);

    const request = await inspectPdf(await bundled.renderReturnRequestPdf(composeReturnRequest(SAMPLE_RETURN_REQUEST)));
    expect(request.text).toContain('ul. Łódzka 3');
    expect(withRole(request.trees, 'TH').length).toBeGreaterThan(20);
  }, 60_000);
});
