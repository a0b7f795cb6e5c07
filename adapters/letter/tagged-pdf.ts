// A small writer for accessible A4 PDFs (PDF/UA-1) on pdfkit: every drawn text sits in a structure element under one
// Document element, in reading order (the order of the calls); page furniture is an Artifact. Fonts are embedded
// subsets of Noto Sans; the catalog carries /Lang, /MarkInfo, /StructTreeRoot and DisplayDocTitle. No node: imports,
// so the same code runs on Node and Workers. The same input gives the same bytes (the date is the caller's).
import PDFDocument, { type StructChild, type StructElement } from 'pdfkit';
import { toBytes } from 'pdfkit/output';
import { FONTS, printable } from './fonts.ts';

export const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
export const MARGIN = { top: 20 * MM, bottom: 25 * MM, left: 25 * MM, right: 25 * MM };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BODY_SIZE = 10.5;

export interface TaggedPdfMeta {
  /** Shown by viewers and mail systems without opening the file: a generic title, never a name or a BSN. */
  title: string;
  /** Creation date; taken from the document, not the clock, so rendering twice gives the same bytes. */
  date: Date;
}

export interface TextStyle {
  bold?: boolean;
  size?: number;
  x?: number;
  width?: number;
  color?: string;
}

export interface Row {
  label: string;
  value: string;
  /** Shown in a quieter colour (still 7:1 contrast), e.g. a field still to be filled in. */
  muted?: boolean;
}

const MUTED = '#4d4d4d';
const PRODUCER = 'Vertreksignaal';

export class TaggedPdf {
  private readonly doc: PDFDocument;
  private readonly root: StructElement;

  constructor(meta: TaggedPdfMeta) {
    this.doc = new PDFDocument({
      size: [PAGE.width, PAGE.height],
      margins: MARGIN,
      font: null,
      bufferPages: true,
      pdfVersion: '1.7',
      tagged: true,
      subset: 'PDF/UA',
      lang: 'nl-NL',
      displayTitle: true,
      info: { Title: meta.title, Creator: PRODUCER, Producer: PRODUCER, CreationDate: meta.date, ModDate: meta.date },
    });
    this.doc.registerFont('regular', FONTS.regular).registerFont('bold', FONTS.bold);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get y(): number {
    return this.doc.y;
  }

  /** Moves the next text down to `y` (points from the top), never up: a long block above keeps its room. */
  atLeast(y: number): void {
    this.doc.y = Math.max(this.doc.y, y);
  }

  space(mm: number): void {
    this.doc.y += mm * MM;
  }

  /** H1–H3. Starts a new page when fewer than `keepWith` body lines would follow it on this one. */
  heading(level: 1 | 2 | 3, text: string, keepWith = 2): void {
    const size = level === 1 ? 14 : level === 2 ? 12 : BODY_SIZE;
    const style = { bold: true, size };
    this.ensureRoom(this.height(text, style) + keepWith * this.lineHeight(BODY_SIZE));
    this.block(`H${level}`, [text], style);
  }

  /** One paragraph (P); several lines given are printed on separate lines within it (an address, a sender). */
  paragraph(lines: string | string[], style: TextStyle = {}): void {
    this.block('P', Array.isArray(lines) ? lines : [lines], style);
  }

  /** A two-column table: the label is the row's header cell (TH, scope Row), the value its data cell (TD). */
  table(rows: readonly Row[], labelWidth = 55 * MM): void {
    const valueX = MARGIN.left + labelWidth;
    const valueWidth = TEXT_WIDTH - labelWidth;
    const table = this.doc.struct('Table');
    this.root.add(table);
    for (const row of rows) {
      const label = { bold: true, width: labelWidth - 4 * MM };
      const value = { width: valueWidth, color: row.muted ? MUTED : undefined };
      const lines = row.value.split('\n');
      const h = Math.max(this.height(row.label, label), this.height(lines, value));
      this.ensureRoom(h);
      const top = this.doc.y;
      const tr = this.doc.struct('TR');
      table.add(tr);
      tr.add(this.doc.struct('TH', { scope: 'Row' }, this.draw([row.label], { ...label, x: MARGIN.left }, top)));
      tr.add(this.doc.struct('TD', this.draw(lines, { ...value, x: valueX }, top)));
      tr.end();
      this.doc.y = Math.max(this.doc.y, top + h) + 1.5 * MM;
    }
    table.end();
  }

  /** A bulleted list: L > LI > Lbl (the bullet) + LBody. */
  list(items: readonly string[]): void {
    const list = this.doc.struct('L');
    this.root.add(list);
    const indent = 5 * MM;
    for (const item of items) {
      const body = { x: MARGIN.left + indent, width: TEXT_WIDTH - indent };
      this.ensureRoom(this.height(item, body));
      const top = this.doc.y;
      const li = this.doc.struct('LI');
      list.add(li);
      li.add(this.doc.struct('Lbl', this.draw(['•'], { x: MARGIN.left }, top)));
      li.add(this.doc.struct('LBody', this.draw([item], body, top)));
      li.end();
      this.doc.y += 1 * MM;
    }
    list.end();
  }

  /** Starts a new page unless `points` of height still fit above the bottom margin. */
  ensureRoom(points: number): void {
    if (this.doc.y + points > this.doc.page.maxY()) {
      this.doc.addPage();
    }
  }

  /** Height of some text (lines printed on separate lines) at the given style and width. */
  height(text: string | readonly string[], style: TextStyle = {}): number {
    this.apply(style);
    const lines = typeof text === 'string' ? [text] : text;
    return this.doc.heightOfString(lines.map(printable).join('\n'), { width: style.width ?? TEXT_WIDTH });
  }

  lineHeight(size: number): number {
    this.apply({ size });
    return this.doc.currentLineHeight(true);
  }

  /**
   * Page furniture on every page, marked as a pagination Artifact so assistive technology skips it.
   * `text` gets the page number and the page count and returns null for no footer.
   */
  footers(text: (page: number, pages: number) => string | null): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = 0; i < count; i++) {
      const line = text(i + 1, count);
      if (line === null) continue;
      this.doc.switchToPage(start + i);
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.apply({ size: 8, color: MUTED });
      // lineBreak: false keeps pdfkit from starting a new page for text below the bottom margin.
      this.doc.text(printable(line), MARGIN.left, PAGE.height - 14 * MM, { lineBreak: false });
      this.doc.endMarkedContent();
    }
  }

  async finish(): Promise<Uint8Array> {
    this.root.end();
    const bytes = toBytes(this.doc);
    this.doc.end();
    return bytes;
  }

  private block(tag: string, lines: readonly string[], style: TextStyle): void {
    this.root.add(this.doc.struct(tag, this.draw(lines, style, this.doc.y)));
  }

  /** The drawing of some lines as the content of a structure element; pdfkit runs it when the element is added. */
  private draw(lines: readonly string[], style: TextStyle, top: number): StructChild {
    return () => {
      this.apply(style);
      const text = lines.map(printable).join('\n');
      this.doc.text(text, style.x ?? MARGIN.left, top, { width: style.width ?? TEXT_WIDTH });
    };
  }

  private apply(style: TextStyle): void {
    this.doc.font(style.bold ? 'bold' : 'regular');
    this.doc.fontSize(style.size ?? BODY_SIZE).fillColor(style.color ?? '#000000');
  }
}
