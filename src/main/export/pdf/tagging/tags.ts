/**
 * What a node of the document definition is to a reader of a tagged PDF: a heading, a table's
 * cell, a figure with its alternative text, or decoration (an artifact) a screen reader skips.
 * Most nodes need no tag: headings, tables, lists and paragraphs are recognised as pdfmake lays
 * them out (see `stamp.ts`); a section tags only what cannot be recognised, such as a chart.
 */

export type StructureRole =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Figure'
  | 'TOC'
  | 'TOCI'
  | 'Artifact';

export interface StructureTag {
  readonly role: StructureRole;
  /** A figure's alternative text, read instead of what is drawn. */
  readonly alt?: string;
  /** The language of the text inside, where it is not the document's (`da-DK`, `en-GB`). */
  readonly lang?: string;
  /** For an artifact: `Pagination` for running footers and page numbers, else `Layout`. */
  readonly artifact?: 'Pagination' | 'Layout';
  /**
   * The element's content is drawn onto the pages after pdfmake's pass (see `overlay.ts`), so
   * the element is made where pdfmake places the node, to keep the reading order.
   */
  readonly filledLater?: boolean;
  /**
   * An element made just before this one in the same parent, though its content is drawn after:
   * a list item's number, which pdfmake draws after the item's first line.
   */
  readonly precededBy?: StructureTag;
}

/** Roles whose elements hold text themselves; text elsewhere becomes a paragraph of its own. */
export const CONTENT_ROLES: ReadonlySet<StructureRole> = new Set<StructureRole>([
  'H1',
  'H2',
  'H3',
  'P',
  'TH',
  'TD',
  'Lbl',
  'LBody',
  'Figure',
]);

/** Roles under which nothing gets an element of its own: all of it is the one thing. */
export const OPAQUE_ROLES: ReadonlySet<StructureRole> = new Set<StructureRole>([
  'Figure',
  'Artifact',
]);
