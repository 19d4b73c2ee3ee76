import type { TagPath } from './stamp';
import type { StructureTag } from './tags';

/** The part of pdfkit's tagged-PDF interface (its "markings" mixin) that the tagger uses. */
export interface TaggablePdf {
  readonly page: object;
  struct(role: string, options?: StructOptions): StructureElement;
  addStructure(element: StructureElement): unknown;
  markContent(tag: 'Artifact', options?: { type: string }): unknown;
  markStructureContent(tag: string): StructureContent;
  endMarkedContent(): unknown;
}

interface StructOptions {
  alt?: string;
  lang?: string;
  scope?: 'Column' | 'Row';
}

export interface StructureElement {
  add(child: StructureElement | StructureContent): unknown;
}

export type StructureContent = object;

interface DrawnRow {
  tr: StructureTag;
  cells: StructureTag[];
}

/** Rules, fills and other drawing outside a figure. */
const LAYOUT: StructureTag = { role: 'Artifact', artifact: 'Layout' };
/** A table's header as pdfmake repeats it on each page the table runs onto. */
const REPEATED_HEADER: StructureTag = { role: 'Artifact', artifact: 'Pagination' };

/**
 * Builds the structure tree while pdfmake draws (and the overlays after it): before each item is
 * drawn, `mark` says what it is, and the tagger opens a marked-content sequence for it, attached
 * to the structure element of its path. Elements are made the first time something of theirs is
 * drawn, so the tree is in drawing order, which for pdfmake's flow is reading order. Items in a
 * row that belong to the same element share one sequence, which keeps the file small.
 */
export class StructureTagger {
  private readonly root: StructureElement;
  private readonly elements = new Map<StructureTag, StructureElement>();
  /** The page a header cell was first drawn on: drawn again on a later page, it is a repeat. */
  private readonly headerPage = new Map<StructureTag, object>();
  /** The rows of tables whose text is drawn by Omstil (see `drawn-table/`), by number. */
  private readonly drawnRows = new Map<StructureTag, Map<number, DrawnRow>>();
  /** The drawn cell whose sequence is open, so a cell's next line costs no look-up. */
  private openCell: { row: DrawnRow; column: number } | null = null;
  private open: StructureTag | null = null;

  constructor(private readonly pdf: TaggablePdf) {
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
  }

  /** Before an item is drawn: `text` for a line of text, else a graphic. */
  mark(path: TagPath | undefined, text: boolean): void {
    this.enter(this.target(path ?? [], text), path ?? []);
  }

  /** Before a line of a drawn table's cell is drawn; `row` 0 is the header. */
  markDrawnCell(table: StructureTag, row: number, column: number, header: boolean): void {
    let rows = this.drawnRows.get(table);
    if (!rows) {
      rows = new Map();
      this.drawnRows.set(table, rows);
    }
    let drawn = rows.get(row);
    if (!drawn) {
      drawn = { tr: { role: 'TR' }, cells: [] };
      rows.set(row, drawn);
    }
    const open = this.openCell;
    if (open?.row === drawn && open.column === column && this.open !== null) return;
    let cell = drawn.cells[column];
    if (!cell) {
      cell = { role: header ? 'TH' : 'TD' };
      drawn.cells[column] = cell;
    }
    this.mark([table, drawn.tr, cell], true);
    this.openCell = { row: drawn, column };
  }

  /** Ends the open sequence: before a new page, a clip, or the end of an overlay. */
  close(): void {
    this.openCell = null;
    if (this.open === null) return;
    this.pdf.endMarkedContent();
    this.open = null;
  }

  private target(path: TagPath, text: boolean): StructureTag {
    const last = path[path.length - 1];
    if (!last) return LAYOUT;
    if (last.role === 'Artifact' || last.role === 'Figure') return last;
    if (!text) {
      // A drawn table's rules come first; its element must stand where they are.
      path.forEach((tag, i) => {
        if (tag.filledLater) this.element(path, i);
      });
      return LAYOUT;
    }
    if (last.role === 'TH') {
      const first = this.headerPage.get(last);
      if (first === undefined) this.headerPage.set(last, this.pdf.page);
      else if (first !== this.pdf.page) return REPEATED_HEADER;
    }
    return last;
  }

  private enter(target: StructureTag, path: TagPath): void {
    if (target === this.open) return;
    this.close();
    if (target.role === 'Artifact') {
      this.pdf.markContent('Artifact', { type: target.artifact ?? 'Layout' });
    } else {
      const element = this.element(path, path.lastIndexOf(target));
      element.add(this.pdf.markStructureContent(target.role));
    }
    this.open = target;
  }

  /** The element of `path[index]`, made (with its parents) if it is not there yet. */
  private element(path: TagPath, index: number): StructureElement {
    const tag = path[index]!;
    const known = this.elements.get(tag);
    if (known) return known;
    const parent = index === 0 ? this.root : this.element(path, index - 1);
    if (tag.precededBy) this.element([...path.slice(0, index), tag.precededBy], index);
    const options: StructOptions = {};
    if (tag.alt) options.alt = tag.alt;
    if (tag.lang) options.lang = tag.lang;
    if (tag.role === 'TH') options.scope = 'Column';
    const element = this.pdf.struct(tag.role, options);
    parent.add(element);
    this.elements.set(tag, element);
    return element;
  }
}
