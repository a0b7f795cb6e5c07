import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { composeLetter, type Letter, type LetterInput } from '../../src/core/letter/compose.ts';
import { SAMPLE_LETTER } from '../../src/core/letter/sample.fixture.ts';
import { LETTER_TITLE, renderLetterPdf } from './pdf.ts';
import { inspectPdf } from './pdf-inspect.fixture.ts';

const MM = 72 / 25.4;

const base: LetterInput = {
  ...SAMPLE_LETTER,
  child: { naam: 'Zoë Anaïs de Vries', geboortedatum: '3 maart 2015' },
};

const textOf = (pdf: Uint8Array) => inspectPdf(pdf);

/** Every drawn string with its position, to check layout. */
async function items(pdf: Uint8Array) {
  const doc = await getDocumentProxy(pdf.slice());
  const out: { str: string; page: number; x: number; y: number; width: number }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const it of content.items)
      if ('str' in it && it.str.trim())
        out.push({ str: it.str, page: p, x: it.transform[4], y: it.transform[5], width: it.width });
  }
  return out;
}

const render = (input: LetterInput) => renderLetterPdf(composeLetter(input));

describe('renderLetterPdf', () => {
  it('holds every fact of the notice, readable as text', async () => {
    const { text } = await textOf(await render(base));
    for (const s of [
      'Gemeente Amsterdam',
      'Zoë Anaïs de Vries',
      'België',
      '1 december 2026',
      '23 november 2026',
      '088 800 9000',
      'www.kinderontvoering.org',
      'Juridisch Loket',
      '0900 8020',
      'www.juridischloket.nl',
      'VS-2026-AB12CD',
      'J. de Vries',
      'Keizersgracht 1',
      '1015 CJ AMSTERDAM',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('shows no address but the recipient own, because no other can be passed in', async () => {
    // @ts-expect-error the child's foreign address is not part of a letter input
    const child: LetterInput['child'] = { naam: 'Zoë', adres: 'Rue Haute 12, 1000 Bruxelles' };
    const { text } = await textOf(await render({ ...base, child }));
    expect(text).not.toContain('Rue Haute');
    expect(text).not.toContain('Bruxelles');
    expect(text).not.toMatch(/\d{9}/);
  });

  it('places the address block in the envelope window: left, about 50 mm from the top', async () => {
    const name = (await items(await render(base))).find((i) => i.str === 'J. de Vries')!;
    const fromTop = (297 * MM - name.y) / MM;
    expect(fromTop).toBeGreaterThan(50);
    expect(fromTop).toBeLessThan(60);
    expect(name.x / MM).toBeGreaterThan(20);
    expect(name.x / MM).toBeLessThan(30);
  });

  it('renders a letter to a recipient abroad, country in capitals', async () => {
    const { text } = await textOf(
      await render({
        ...base,
        recipient: { naam: 'M. Rossi', adresregels: ['Via Roma 5', '00184 Roma RM'], land: 'Italië' },
      }),
    );
    for (const s of ['M. Rossi', 'Via Roma 5', '00184 Roma RM', 'ITALIË']) expect(text).toContain(s);
  });

  it('renders every follow-up kind', async () => {
    for (const kind of ['correctie', 'intrekking', 'immigratie'] as const) {
      const { text } = await textOf(
        await render({
          ...base,
          kind,
          previous: { datumLangFormaat: '1 november 2026', landOmschrijving: 'Duitsland' },
        }),
      );
      expect(text).toContain('VS-2026-AB12CD');
      expect(text).toContain('Zoë Anaïs de Vries');
    }
  });

  it('wraps long names inside the page instead of throwing or running off it', async () => {
    const long = `${'Wilhelmina Johanna Frederika '.repeat(12)}${'X'.repeat(200)}`;
    const pdf = await render({
      ...base,
      child: { naam: long },
      recipient: { naam: long, adresregels: [`${'Lange Straatnaam '.repeat(10)}1`, '1015 CJ  AMSTERDAM'] },
    });
    for (const i of await items(pdf)) expect(i.x + i.width).toBeLessThanOrEqual(210 * MM - 20 * MM);
  });

  it('prints names outside WinAnsi exactly as written (ŀ, ş, ő, ł, ř, đ)', async () => {
    const child = { naam: 'Ŀluïsa Ayşe Wałęsa Őrs Dvořák Zoë Linnéa' };
    const recipient = { naam: 'Đorđe Kovačević-Żółć', adresregels: ['Ulica Łódzka 3', '90-001 Łódź'], land: 'Polen' };
    const { text, untagged } = await textOf(await render({ ...base, child, recipient }));
    for (const s of [child.naam, recipient.naam, 'Ulica Łódzka 3', '90-001 Łódź']) expect(text).toContain(s);
    expect(untagged).toEqual([]);
  });

  it('continues on further pages, each marked with the reference', async () => {
    const letter: Letter = {
      ...composeLetter(base),
      paragraphs: Array.from(
        { length: 40 },
        (_, i) => `Alinea ${i + 1}. ${'Dit is een zin met gewone woorden. '.repeat(6)}`,
      ),
    };
    const { text, pages } = await textOf(await renderLetterPdf(letter));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Kenmerk VS-2026-AB12CD - pagina 1 van ${pages}`);
    expect(text).toContain('Alinea 40.');
    expect(text).toContain('Met vriendelijke groet,');
  });

  it('carries no personal data in its metadata: a generic title, no author, subject or keywords', async () => {
    const pdf = await inspectPdf(await render(base));
    expect(pdf.info.Title).toBe(LETTER_TITLE);
    for (const key of ['Author', 'Subject', 'Keywords']) expect(pdf.info[key]).toBeUndefined();
    expect(pdf.info.CreationDate).toBe('D:20261123000000Z');
    expect(pdf.xmp).toContain(`<rdf:li xml:lang="x-default">${LETTER_TITLE}</rdf:li>`);
    const metadata = `${JSON.stringify(pdf.info)}${pdf.xmp}`;
    for (const s of ['Zoë', 'Vries', 'Keizersgracht', 'België', 'VS-2026']) expect(metadata).not.toContain(s);
    expect(pdf.pages).toBe(1);
    const page = await (await getDocumentProxy((await render(base)).slice())).getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]); // A4
  });

  it('gives identical bytes for the same letter', async () => {
    const [a, b] = [await render(base), await render(base)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
