import * as elementWriterModule from 'pdfmake/js/ElementWriter';
import type { ElementWriter } from 'pdfmake/js/ElementWriter';
import * as layoutBuilderModule from 'pdfmake/js/LayoutBuilder';
import type { LayoutBuilder } from 'pdfmake/js/LayoutBuilder';
import { commonJsClass } from './commonjs';
import { CONTENT_ROLES, OPAQUE_ROLES, type StructureRole, type StructureTag } from './tags';

/*
 * pdfmake lays a document out into pages of items (lines of text, vectors, images) and forgets
 * which node each came from. While it lays out a tagged document, every item is stamped here with
 * the path of structure tags it lies in (say Table › TR › TH), so the drawing can mark it and
 * put it into the structure tree (see `tagger.ts`). The stamp is an own property, so it survives
 * pdfmake's copying of items into unbreakable blocks and repeated table headers.
 */

export type TagPath = readonly StructureTag[];

/** The property an item carries its path in. A string key: pdfmake copies only those. */
export const STAMP = '_omstilTagPath';
/** Tags a parent gives its children, which pdfmake's preprocessing made into nodes. */
const GIVEN = '_omstilGivenTags';
const TOC_TABLE = '_omstilTocTable';
const LABEL = '_omstilListLabel';

type Node = Record<string, unknown>;

let active = false;
let current: TagPath = [];

const ROOT: TagPath = [];
const HEADINGS: Record<number, StructureRole> = { 1: 'H1', 2: 'H2', 3: 'H3' };

/** The tags a node opens, given the path it lies in; most nodes open none. */
function tagsOf(node: Node, path: TagPath): StructureTag[] {
  const last = path[path.length - 1];
  // Inside a figure or an artifact everything is that one thing.
  if (last && OPAQUE_ROLES.has(last.role)) return [];
  const tags = (node[GIVEN] as StructureTag[] | undefined)?.slice() ?? [];
  const own = node['tag'] as StructureTag | undefined;
  const level = node['headlineLevel'];
  if (own) {
    tags.push(own);
  } else if (node['text'] !== undefined && typeof level === 'number' && HEADINGS[level]) {
    tags.push({ role: HEADINGS[headingLevel(level)]! });
  } else if (node['toc']) {
    tags.push({ role: 'TOC' });
    const table = (node['toc'] as Node)['_table'] as Node | undefined;
    if (table) table[TOC_TABLE] = true;
  }
  if (node['table']) {
    tableTags(node, tags);
  } else if (node['ul'] || node['ol']) {
    if (!own) tags.push({ role: 'L' });
    for (const item of (node['ul'] ?? node['ol']) as Node[]) {
      if (item && typeof item === 'object') listItemTags(item);
    }
  } else if (node['text'] !== undefined && isParagraph(path, tags)) {
    tags.push({ role: 'P' });
  }
  return tags;
}

/**
 * Some sections go straight from their title to third-level headings (the look of a smaller
 * heading); a screen reader's list of headings would then have a gap. Within each section a
 * level is read one below the nearest shallower level in use, and kept for the whole section.
 */
let levels = new Map<number, number>();

function headingLevel(level: number): number {
  if (level === 1) {
    levels = new Map([[1, 1]]);
    return 1;
  }
  const known = levels.get(level);
  if (known !== undefined) return known;
  let above = 0;
  for (const [source, read] of levels) if (source < level) above = Math.max(above, read);
  const read = Math.min(level, above + 1);
  levels.set(level, read);
  return read;
}

function tableTags(node: Node, tags: StructureTag[]): void {
  const table = node['table'] as { body: Node[][]; headerRows?: number };
  const toc = node[TOC_TABLE] === true;
  if (!toc && !node['tag']) tags.push({ role: 'Table' });
  const headerRows = table.headerRows ?? 0;
  table.body.forEach((cells, r) => {
    const row: StructureTag = { role: toc ? 'TOCI' : 'TR' };
    for (const cell of cells) {
      if (!cell || typeof cell !== 'object') continue;
      // A contents entry's title and page number are read as two pieces, not run together.
      cell[GIVEN] = [row, { role: toc ? 'P' : r < headerRows ? 'TH' : 'TD' }];
    }
  });
}

/**
 * A list item, and its number as a label of its own: pdfmake draws the number (a line of its own
 * made from the item's marker) while the item is laid out, so the marker's piece of text is
 * stamped to say where its line belongs. A bullet is a drawing, and so an artifact.
 */
function listItemTags(item: Node): void {
  const li: StructureTag = { role: 'LI' };
  const marker = (item['listMarker'] as Node | undefined)?.['_inlines'] as Node[] | undefined;
  if (marker?.[0]) {
    const label: StructureTag = { role: 'Lbl' };
    marker[0][LABEL] = { li, label };
    item[GIVEN] = [li, { role: 'LBody', precededBy: label }];
  } else {
    item[GIVEN] = [li, { role: 'LBody' }];
  }
}

const BLOCK_HOLDERS: ReadonlySet<StructureRole> = new Set<StructureRole>(['TH', 'TD', 'LBody']);

/**
 * Whether a piece of text is a paragraph of its own: loose text such as a lead or a note, and
 * each of several texts in a cell or a list item (an activity's title and its description), which
 * would otherwise be read as one run of words. Text that is a heading, or a cell by itself, is not.
 */
function isParagraph(path: TagPath, tags: readonly StructureTag[]): boolean {
  if (tags.some((t) => CONTENT_ROLES.has(t.role))) return false;
  const holder = path.findLast((t) => CONTENT_ROLES.has(t.role));
  return holder === undefined || BLOCK_HOLDERS.has(holder.role);
}

function stamp(item: object): void {
  const label = ((item as Node)['inlines'] as Node[] | undefined)?.[0]?.[LABEL] as
    { li: StructureTag; label: StructureTag } | undefined;
  const at = label ? current.indexOf(label.li) : -1;
  (item as Node)[STAMP] = at >= 0 ? [...current.slice(0, at + 1), label!.label] : current;
}

let installed = false;

/** Makes pdfmake stamp the items of documents it lays out with `tagged: true`. */
export function installLayoutStamps(): void {
  if (installed) return;
  installed = true;
  const Builder = commonJsClass<typeof LayoutBuilder>(layoutBuilderModule);
  const Writer = commonJsClass<typeof ElementWriter>(elementWriterModule);
  const builder = Builder.prototype;
  const { layoutDocument, processNode } = builder;
  builder.layoutDocument = function (this: LayoutBuilder, structure, pdfDocument, ...rest) {
    const options = (pdfDocument as { options?: { tagged?: boolean } } | null)?.options;
    active = options?.tagged === true;
    current = ROOT;
    levels = new Map();
    try {
      return layoutDocument.call(this, structure, pdfDocument, ...rest);
    } finally {
      active = false;
      current = ROOT;
    }
  };
  builder.processNode = function (this: LayoutBuilder, node, ...rest) {
    if (!active) return processNode.call(this, node, ...rest);
    const tags = tagsOf(node, current);
    if (tags.length === 0) return processNode.call(this, node, ...rest);
    const outer = current;
    current = [...outer, ...tags];
    try {
      return processNode.call(this, node, ...rest);
    } finally {
      current = outer;
    }
  };
  const writer = Writer.prototype;
  for (const method of ['addLine', 'addImage', 'addSVG', 'addVector'] as const) {
    const original = writer[method];
    writer[method] = function (this: ElementWriter, item: object, ...rest: unknown[]) {
      if (active) stamp(item);
      return original.call(this, item, ...rest);
    };
  }
}
