import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { composeLetter, type Letter, type LetterInput } from '../../src/core/letter/compose.ts';
import { renderLetterPdf } from './pdf.ts';
import { SAMPLE_LETTER } from '../../src/core/letter/sample.fixture.ts';

const MM = 72 / 25.4;

const base: LetterInput = {
  ...SAMPLE_LETTER,
  child: { naam: 'Zoë Anaïs de Vries', geboortedatum: '3 maart 2015' },
};

/** pdf.js may take ownership of the buffer it is given, so it gets a copy. */
async function textOf(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const { text, totalPages } = await extractText(await getDocumentProxy(pdf.slice()), { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

/** Every drawn string with its position, to check layout. */
async function items(pdf: Uint8Array) {
  const doc = await getDocumentProxy(pdf.slice());
  const out: { str: string; page: number; x: number; y: number; width: number }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const it of content.items) if ('str' in it && it.str.trim()) out.push({ str: it.str, page: p, x: it.transform[4], y: it.transform[5], width: it.width });
  }
  return out;
}

const render = (input: LetterInput) => renderLetterPdf(composeLetter(input));

describe('renderLetterPdf', () => {
  it('holds every fact of the notice, readable as text', async () => {
    const { text } = await textOf(await render(base));
    for (const s of ['Gemeente Amsterdam', 'Zoë Anaïs de Vries', 'België', '1 december 2026', '23 november 2026', '088 800 9000', 'www.kinderontvoering.org', 'Juridisch Loket', '0900 8020', 'www.juridischloket.nl', 'VS-2026-AB12CD', 'J. de Vries', 'Keizersgracht 1', '1015 CJ AMSTERDAM']) {
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
    const { text } = await textOf(await render({ ...base, recipient: { naam: 'M. Rossi', adresregels: ['Via Roma 5', '00184 Roma RM'], land: 'Italië' } }));
    for (const s of ['M. Rossi', 'Via Roma 5', '00184 Roma RM', 'ITALIË']) expect(text).toContain(s);
  });

  it('renders every follow-up kind', async () => {
    for (const kind of ['correctie', 'intrekking', 'immigratie'] as const) {
      const { text } = await textOf(await render({ ...base, kind, previous: { datumLangFormaat: '1 november 2026', landOmschrijving: 'Duitsland' } }));
      expect(text).toContain('VS-2026-AB12CD');
      expect(text).toContain('Zoë Anaïs de Vries');
    }
  });

  it('wraps long names inside the page instead of throwing or running off it', async () => {
    const long = `${'Wilhelmina Johanna Frederika '.repeat(12)}${'X'.repeat(200)}`;
    const pdf = await render({ ...base, child: { naam: long }, recipient: { naam: long, adresregels: [`${'Lange Straatnaam '.repeat(10)}1`, '1015 CJ  AMSTERDAM'] } });
    for (const i of await items(pdf)) expect(i.x + i.width).toBeLessThanOrEqual(210 * MM - 20 * MM);
  });

  it('does not crash on characters outside WinAnsi, keeping the Dutch ones', async () => {
    const { text } = await textOf(await render({ ...base, child: { naam: 'Ayşe Wałęsa Zoë Linnéa' }, recipient: { naam: 'Đorđe Kovačević', adresregels: ['Ulica Łódzka 3', '90-001 Łódź'], land: 'Polen' } }));
    expect(text).toContain('Ayse Walesa Zoë Linnéa');
    expect(text).toContain('Dorde Kovacevic');
    expect(text).toContain('90-001 Lódz');
  });

  it('continues on further pages, each marked with the reference', async () => {
    const letter: Letter = { ...composeLetter(base), paragraphs: Array.from({ length: 40 }, (_, i) => `Alinea ${i + 1}. ${'Dit is een zin met gewone woorden. '.repeat(6)}`) };
    const { text, pages } = await textOf(await renderLetterPdf(letter));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Kenmerk VS-2026-AB12CD - pagina 1 van ${pages}`);
    expect(text).toContain('Alinea 40.');
    expect(text).toContain('Met vriendelijke groet,');
  });

  it('carries no personal data in its metadata', async () => {
    const doc = await PDFDocument.load(await render(base), { updateMetadata: false });
    expect(doc.getTitle()).toBe('Kennisgeving');
    expect(doc.getAuthor()).toBeUndefined();
    expect(doc.getSubject()).toBeUndefined();
    expect(doc.getKeywords()).toBeUndefined();
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(doc.getPageCount()).toBe(1);
    const [w, h] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect([Math.round(w), Math.round(h)]).toEqual([595, 842]); // A4
  });

  it('gives identical bytes for the same letter', async () => {
    const [a, b] = [await render(base), await render(base)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
