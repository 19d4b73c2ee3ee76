import type { StructureTag } from './tagging/tags';

/**
 * The subset of pdfmake's document definition that the plan uses, typed so that a misspelt
 * property is a compile error instead of a silently ignored key.
 */
export type Margins = number | [number, number] | [number, number, number, number];

export interface TextProps {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  lineHeight?: number;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  characterSpacing?: number;
  noWrap?: boolean;
  decoration?: 'underline' | 'lineThrough';
  decorationColor?: string;
  opacity?: number;
  sup?: boolean;
  sub?: boolean;
  preserveLeadingSpaces?: boolean;
  preserveTrailingSpaces?: boolean;
  wordBreak?: 'normal' | 'break-all';
}

export interface NodeProps extends TextProps {
  style?: string | string[];
  margin?: Margins;
  pageBreak?: 'before' | 'after';
  pageOrientation?: 'portrait' | 'landscape';
  unbreakable?: boolean;
  id?: string;
  fillColor?: string;
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  width?: number | '*' | 'auto';
  /** What the node is in the tagged PDF, where layout cannot tell (see `tagging/`). */
  tag?: StructureTag;
}

export type Inline = string | (TextProps & { text: string | Inline[]; style?: string });

export interface TextNode extends NodeProps {
  text: string | Inline[];
  /** Placed this far from where the flow stands, without taking up room in it. */
  relativePosition?: { x: number; y: number };
  tocItem?: boolean;
  tocMargin?: Margins;
  outline?: boolean;
  outlineText?: string;
  headlineLevel?: number;
}

export interface StackNode extends NodeProps {
  stack: Content[];
}

export interface ColumnsNode extends NodeProps {
  columns: Content[];
  columnGap?: number;
}

export interface ListNode extends NodeProps {
  ul?: Content[];
  ol?: Content[];
  markerColor?: string;
}

export interface TableCellEmpty extends NodeProps {
  text: '';
}

export interface TableLayout {
  hLineWidth?: (row: number, node: TableNodeInfo) => number;
  vLineWidth?: (column: number, node: TableNodeInfo) => number;
  hLineColor?: (row: number, node: TableNodeInfo) => string;
  vLineColor?: (column: number, node: TableNodeInfo) => string;
  fillColor?: (row: number, node: TableNodeInfo, column: number) => string | null;
  paddingLeft?: (column: number, node: TableNodeInfo) => number;
  paddingRight?: (column: number, node: TableNodeInfo) => number;
  paddingTop?: (row: number, node: TableNodeInfo) => number;
  paddingBottom?: (row: number, node: TableNodeInfo) => number;
}

export interface TableNodeInfo {
  table: { body: unknown[][]; headerRows?: number; widths?: unknown[] };
}

export interface TableNode extends NodeProps {
  table: {
    headerRows?: number;
    keepWithHeaderRows?: number;
    dontBreakRows?: boolean;
    widths: (number | '*' | 'auto')[];
    body: Content[][];
  };
  layout?: TableLayout | string;
}

export type CanvasElement =
  | {
      type: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      r?: number;
      color?: string;
      lineColor?: string;
      lineWidth?: number;
      dash?: { length: number; space?: number; phase?: number };
    }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      lineWidth?: number;
      lineColor?: string;
      dash?: { length: number; space?: number; phase?: number };
    }
  | {
      type: 'polyline';
      points: { x: number; y: number }[];
      closePath?: boolean;
      color?: string;
      lineColor?: string;
      lineWidth?: number;
      dash?: { length: number; space?: number; phase?: number };
    }
  | { type: 'ellipse'; x: number; y: number; r1: number; r2?: number; color?: string };

export interface CanvasNode extends NodeProps {
  canvas: CanvasElement[];
}

export interface TocNode extends NodeProps {
  toc: {
    title?: TextNode;
    textStyle?: TextProps;
    numberStyle?: TextProps;
    textMargin?: Margins;
    hideEmpty?: boolean;
  };
}

export type Content =
  | string
  | TextNode
  | StackNode
  | ColumnsNode
  | ListNode
  | TableNode
  | CanvasNode
  | TocNode
  | Content[];

export interface PageSize {
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
}

export interface DocDefinition {
  /** A4 for documents; A3 and A1 for posters on the wall. */
  pageSize: 'A4' | 'A3' | 'A1';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  language: string;
  displayTitle: boolean;
  /** Set when the definition is drawn (see `tagging/install.ts`). */
  tagged?: boolean;
  version?: '1.7';
  info: {
    title: string;
    author?: string;
    subject?: string;
    creator?: string;
    producer?: string;
    creationDate?: Date;
  };
  defaultStyle: TextProps;
  styles: Record<string, NodeProps>;
  footer: (page: number, pages: number, pageSize: PageSize) => Content;
  /** A running head, drawn in the top margin; a poster's sheets after the first have one. */
  header?: (page: number, pages: number, pageSize: PageSize) => Content;
  content: Content[];
}
