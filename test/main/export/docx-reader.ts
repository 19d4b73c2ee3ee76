import JSZip from 'jszip';
import { childElements, descendants, parseXml, type XmlElement } from './xml-tree';

/**
 * A Word document read back without the library that wrote it: the zip opened with jszip and
 * its XML with a reader of our own, so a test sees what Word would, not what `docx` meant.
 */
export interface ReadDocx {
  document: XmlElement;
  styles: XmlElement;
}

export interface WordParagraph {
  /** The paragraph style's id (`Heading1`, `Title`…), or null for Normal. */
  style: string | null;
  text: string;
}

export interface WordTable {
  rows: { header: boolean; cells: string[] }[];
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`the document has no ${path}`);
    return parseXml(await file.async('string'));
  };
  return { document: await xml('word/document.xml'), styles: await xml('word/styles.xml') };
}

function body(docx: ReadDocx): XmlElement {
  const found = descendants(docx.document, 'w:body')[0];
  if (!found) throw new Error('the document has no body');
  return found;
}

function paragraphText(p: XmlElement): string {
  let text = '';
  for (const r of descendants(p, 'w:r')) {
    for (const e of childElements(r)) {
      if (e.name === 'w:t') text += e.children.filter((c) => typeof c === 'string').join('');
      if (e.name === 'w:tab') text += '\t';
      if (e.name === 'w:br') text += '\n';
    }
  }
  return text;
}

function cellText(tc: XmlElement): string {
  return descendants(tc, 'w:p').map(paragraphText).join('\n');
}

function styleOf(p: XmlElement): string | null {
  return descendants(p, 'w:pStyle')[0]?.attrs['w:val'] ?? null;
}

function isHeaderRow(tr: XmlElement): boolean {
  return childElements(tr, 'w:trPr').some((pr) => childElements(pr, 'w:tblHeader').length > 0);
}

/** The body's paragraphs outside tables, in reading order. */
export function bodyParagraphs(docx: ReadDocx): WordParagraph[] {
  return childElements(body(docx), 'w:p').map((p) => ({
    style: styleOf(p),
    text: paragraphText(p),
  }));
}

/** Every top-level table, each row with its cells' text and whether it repeats as a header. */
export function tables(docx: ReadDocx): WordTable[] {
  return childElements(body(docx), 'w:tbl').map((tbl) => ({
    rows: childElements(tbl, 'w:tr').map((tr) => ({
      header: isHeaderRow(tr),
      cells: childElements(tr, 'w:tc').map(cellText),
    })),
  }));
}

/** The language the document's text is in unless a run says otherwise (`w:docDefaults`). */
export function defaultLanguage(docx: ReadDocx): string | null {
  const defaults = descendants(docx.styles, 'w:docDefaults')[0];
  return (defaults && descendants(defaults, 'w:lang')[0]?.attrs['w:val']) ?? null;
}

/** The name Word shows for a style, by its id. */
export function styleName(docx: ReadDocx, id: string): string | null {
  const style = descendants(docx.styles, 'w:style').find((s) => s.attrs['w:styleId'] === id);
  return (style && childElements(style, 'w:name')[0]?.attrs['w:val']) ?? null;
}

/** The document as plain text with its structure marked, for a person to read. */
export function docxSummary(docx: ReadDocx): string {
  const lines: string[] = [];
  for (const e of childElements(body(docx))) {
    if (e.name === 'w:p') {
      const style = styleOf(e);
      const text = paragraphText(e);
      const section = descendants(e, 'w:sectPr').length > 0 ? '  ——— new section ———' : '';
      const ruled = descendants(e, 'w:pBdr').length > 0 ? '________' : '';
      if (text || section || ruled)
        lines.push(`${style ? `[${style}] ` : ''}${text}${ruled}${section}`);
    } else if (e.name === 'w:tbl') {
      for (const tr of childElements(e, 'w:tr')) {
        const cells = childElements(tr, 'w:tc').map((tc) => cellText(tc).replace(/\n/g, ' / '));
        lines.push(`${isHeaderRow(tr) ? '  ‖ ' : '  | '}${cells.join(' | ')}`);
      }
    } else if (e.name === 'w:sdt') {
      lines.push('[table of contents]');
    }
  }
  return lines.join('\n');
}
