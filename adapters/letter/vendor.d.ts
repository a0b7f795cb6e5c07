// Types for the part of pdfkit 0.20 and fontkit 2 this adapter uses. @types/pdfkit (0.17) lags behind: it lacks the
// 'PDF/UA' subset, a font given as bytes, the table `scope` of structure elements and `pdfkit/output`.

declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    readonly postscriptName: string;
  }
  export function create(data: Uint8Array): Font;
}

declare module 'pdfkit' {
  import type { Font } from 'fontkit';

  export type StructChild = StructElement | (() => void);

  export interface StructOptions {
    title?: string;
    lang?: string;
    alt?: string;
    actual?: string;
    /** For TH: the cells the header applies to (PDF/UA needs it on table headers). */
    scope?: 'Row' | 'Column' | 'Both';
  }

  export interface StructElement {
    add(child: StructChild): this;
    end(): void;
  }

  export interface TextOptions {
    width?: number;
    lineGap?: number;
    lineBreak?: boolean;
    align?: 'left' | 'center' | 'right' | 'justify';
  }

  export interface DocumentOptions {
    size?: string | [number, number];
    margins?: { top: number; bottom: number; left: number; right: number };
    /** Null: no default font, so no unembedded Helvetica ends up in the file. */
    font?: Font | Uint8Array | string | null;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    pdfVersion?: '1.4' | '1.5' | '1.6' | '1.7';
    tagged?: boolean;
    subset?: 'PDF/UA';
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Creator?: string; Producer?: string; CreationDate?: Date; ModDate?: Date };
  }

  export interface Page {
    readonly width: number;
    readonly height: number;
    margins: { top: number; bottom: number; left: number; right: number };
    maxY(): number;
  }

  export default class PDFDocument {
    constructor(options?: DocumentOptions);
    x: number;
    y: number;
    page: Page;
    registerFont(name: string, src: Font | Uint8Array): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    heightOfString(text: string, options?: TextOptions): number;
    widthOfString(text: string): number;
    currentLineHeight(includeGap?: boolean): number;
    addPage(): this;
    switchToPage(n: number): this;
    bufferedPageRange(): { start: number; count: number };
    struct(type: string, options?: StructOptions, children?: StructChild | StructChild[]): StructElement;
    struct(type: string, children?: StructChild | StructChild[]): StructElement;
    addStructure(element: StructElement): this;
    markContent(tag: 'Artifact', options?: { type?: 'Pagination' | 'Layout' | 'Page' }): this;
    endMarkedContent(): this;
    end(): void;
  }
}

declare module 'pdfkit/output' {
  import type PDFDocument from 'pdfkit';
  /** Collects the document's bytes once `doc.end()` has been called. */
  export function toBytes(doc: PDFDocument): Promise<Uint8Array>;
}

/** Font files imported as modules in the Workers build (wrangler Data rule / esbuild binary loader). */
declare module '*.ttf' {
  const data: ArrayBuffer | Uint8Array;
  export default data;
}
