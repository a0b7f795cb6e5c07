// Test-only: reads a PDF back the way assistive technology and checkers do, with pdf.js (unpdf): the catalog's
// language, MarkInfo and viewer preferences, the XMP metadata, the structure tree with the text of each element
// (joined through the marked-content ids), and text drawn outside any tag or artifact.
import { extractText, getDocumentProxy } from 'unpdf';

export interface Node {
  role: string;
  text: string;
  children: Node[];
}

interface PdfJsStructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: PdfJsStructNode[];
}

export interface Inspection {
  pages: number;
  /** All text, whitespace collapsed. */
  text: string;
  info: Record<string, unknown>;
  xmp: string;
  markInfo: { Marked?: boolean } | null;
  viewerPreferences: { DisplayDocTitle: boolean } | null;
  /** Per page: the structure elements with content on it, from the root down. */
  trees: Node[];
  /** Text shown inside /Artifact marked content. */
  artifacts: string[];
  /** Text shown outside any marked content: must be empty in a PDF/UA file. */
  untagged: string[];
  /** The raw file as latin1, to read uncompressed dictionaries (fonts, structure attributes). */
  raw: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** pdf.js may take ownership of the buffer it is given, so it gets a copy. */
export async function inspectPdf(bytes: Uint8Array): Promise<Inspection> {
  const doc = await getDocumentProxy(bytes.slice());
  const meta = await doc.getMetadata();
  const metadata = meta.metadata as { getRaw?: () => string } | null;
  const trees: Node[] = [];
  const artifacts: string[] = [];
  const untagged: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = sortPageText(content.items, { artifacts, untagged });
    trees.push(toNode((await page.getStructTree()) as PdfJsStructNode, byId));
  }
  const { text } = await extractText(doc, { mergePages: true });
  const prefs = await doc.getViewerPreferences();
  return {
    pages: doc.numPages,
    text: squash(text),
    info: meta.info as Record<string, unknown>,
    xmp: metadata?.getRaw?.() ?? '',
    markInfo: await doc.getMarkInfo(),
    viewerPreferences: prefs && 'DisplayDocTitle' in prefs ? { DisplayDocTitle: prefs.DisplayDocTitle === true } : null,
    trees,
    artifacts,
    untagged,
    raw: Buffer.from(bytes).toString('latin1'),
  };
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;
type ContentItem = Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number];
type TextItem = Extract<ContentItem, { str: string }>;
/** An open marked-content sequence: its marked-content id (structure elements) and its tag. */
type Mark = { id: string | null; tag: string };

/**
 * Walks a page's content: text inside a tagged element goes to that element (returned by marked-content id), text
 * inside an artifact to `out.artifacts`, and anything else to `out.untagged`.
 */
function sortPageText(items: ContentItem[], out: Pick<Inspection, 'artifacts' | 'untagged'>): Map<string, string> {
  const byId = new Map<string, string>();
  const stack: Mark[] = [];
  for (const item of items) {
    const kind = 'type' in item ? item.type : 'text';
    if (kind === 'beginMarkedContentProps') stack.push({ id: ('id' in item && item.id) || null, tag: tagOf(item) });
    else if (kind === 'beginMarkedContent') stack.push({ id: null, tag: tagOf(item) });
    else if (kind === 'endMarkedContent') stack.pop();
    else if ('str' in item) sortText(item, stack, byId, out);
  }
  return byId;
}

function sortText(
  item: TextItem,
  stack: Mark[],
  byId: Map<string, string>,
  out: Pick<Inspection, 'artifacts' | 'untagged'>,
) {
  const tagged = stack.findLast((m) => m.id !== null);
  if (item.str.trim() !== '') {
    if (tagged?.id) byId.set(tagged.id, `${byId.get(tagged.id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
    else if (stack.some((m) => m.tag === 'Artifact')) out.artifacts.push(item.str);
    else out.untagged.push(item.str);
  } else if (item.hasEOL && tagged?.id) {
    byId.set(tagged.id, `${byId.get(tagged.id) ?? ''} `);
  }
}

/** pdf.js gives marked content its tag (e.g. 'Artifact') at run time; its types leave the field out. */
const tagOf = (item: object): string => ('tag' in item && typeof item.tag === 'string' ? item.tag : '');

function toNode(n: PdfJsStructNode, byId: Map<string, string>): Node {
  const children = (n.children ?? []).filter((c) => c.role !== undefined).map((c) => toNode(c, byId));
  const own = (n.children ?? []).flatMap((c) => (c.type === 'content' && c.id ? [byId.get(c.id) ?? ''] : []));
  const text = squash([...own, ...children.map((c) => c.text)].join(' '));
  return { role: n.role ?? '', text, children };
}

/** Every element in document order (depth first), across pages; an element split over pages appears once per page. */
export function elements(trees: Node[]): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    n.children.forEach(walk);
  };
  trees.forEach(walk);
  return out;
}

export const withRole = (trees: Node[], role: string) => elements(trees).filter((n) => n.role === role);
