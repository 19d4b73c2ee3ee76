import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LeaderType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type {
  CanvasNode,
  Content,
  Inline,
  NodeProps,
  TableNode,
  TextNode,
  TextProps,
} from '../pdf/doc-types';
import { COLOR } from '../pdf/theme';
import { STYLE_IDS } from './styles';

export type WordBlock = Paragraph | Table | TableOfContents;

/** A point is 20 twentieths, Word's unit for widths and indents. */
export const TWIPS_PER_POINT = 20;

/** The run properties a node hands down to its text, as pdfmake's do. */
interface RunFace {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  strike?: boolean;
  /** A text in the other language than the document's (see `paragraphs` in the PDF's blocks). */
  lang?: string;
  /** Points from the left, as a PDF block's left margin sets it in (the method's reasons). */
  indent?: number;
  /** In a table cell, where a drawn bullet marks a status rather than an item of a list. */
  inCell?: boolean;
}

interface WordOptions {
  /** Put before a drawing's description. */
  figureIntro: string;
  /** Counts the numbered lists, so each one starts from 1. */
  nextList: () => number;
}

/**
 * The PDF's content as Word paragraphs and tables. The sections are built once, for both
 * formats (the context's `flowing` layout leaves texts and tables whole); here pdfmake's
 * headings become Word's heading styles, its tables real tables whose header row repeats on each
 * page, and its drawings their descriptions in words. Sizes and fonts are left to the styles, so
 * the document takes on a workplace's template when pasted into it.
 */
export function wordBlocks(
  content: Content,
  room: number,
  options: WordOptions,
  face: RunFace = {},
): WordBlock[] {
  if (typeof content === 'string') return [new Paragraph({ children: runs(content, face) })];
  if (Array.isArray(content)) return content.flatMap((c) => wordBlocks(c, room, options, face));
  if (content.tag?.role === 'Figure') return [figure(content.tag.alt ?? '', options)];
  const inner = indented(content, { ...face, ...faceOf(content) });
  if ('toc' in content) {
    const title = content.toc.title;
    return [
      ...(title
        ? [new Paragraph({ style: STYLE_IDS.tocHeading, children: runs(title.text, {}) })]
        : []),
      new TableOfContents(textOf(title?.text ?? ''), { hyperlink: true, headingStyleRange: '1-1' }),
    ];
  }
  if ('canvas' in content) return ruledLines(content, room);
  if ('table' in content) return [table(content, room, options, inner)];
  if ('stack' in content) return content.stack.flatMap((c) => wordBlocks(c, room, options, inner));
  // Side by side on the page; one after the other in a flowing document, as a reader reads them.
  if ('columns' in content) {
    return content.columns.flatMap((c) => wordBlocks(c, room, options, inner));
  }
  if ('text' in content) return [paragraph(content, inner)];
  return list(content.ol ?? content.ul ?? [], content.ol !== undefined, options, inner);
}

function paragraph(
  node: TextNode,
  face: RunFace,
  extra: Partial<IParagraphOptions> = {},
): Paragraph {
  let inlines = typeof node.text === 'string' ? [node.text] : node.text;
  // A line that opens with the PDF's drawn bullet is an item of a list.
  const first = inlines[0];
  const bulleted = !face.inCell && typeof first === 'object' && first.text === '• ';
  if (bulleted) inlines = inlines.slice(1);
  const heading = headingOf(node);
  // A heading looks as its style says, so it takes on a template's headings when pasted in.
  const runFace = heading.heading ? (face.lang ? { lang: face.lang } : {}) : face;
  return new Paragraph({
    ...heading,
    ...alignmentOf(node),
    ...(bulleted ? { bullet: { level: 0 } } : {}),
    // A list's own numbering sets its indent.
    ...(face.indent && !bulleted && !extra.numbering && !extra.bullet
      ? { indent: { left: face.indent * TWIPS_PER_POINT } }
      : {}),
    ...extra,
    children: runs(inlines, runFace),
  });
}

function headingOf(node: TextNode): Partial<IParagraphOptions> {
  const styles = Array.isArray(node.style) ? node.style : [node.style];
  if (styles.includes('h1')) return { heading: HeadingLevel.HEADING_1 };
  if (styles.includes('h2')) return { heading: HeadingLevel.HEADING_2 };
  if (styles.includes('h3')) return { heading: HeadingLevel.HEADING_3 };
  if (styles.includes('title')) return { heading: HeadingLevel.TITLE };
  if (styles.includes('lead')) return { style: STYLE_IDS.lead };
  if (styles.includes('empty')) return { style: STYLE_IDS.emptyNote };
  return {};
}

function alignmentOf(node: NodeProps): Partial<IParagraphOptions> {
  if (node.alignment === 'right') return { alignment: AlignmentType.RIGHT };
  if (node.alignment === 'center') return { alignment: AlignmentType.CENTER };
  return {};
}

function faceOf(node: TextProps & { tag?: NodeProps['tag'] }): RunFace {
  const face: RunFace = {};
  if (node.bold !== undefined) face.bold = node.bold;
  if (node.italics !== undefined) face.italics = node.italics;
  // The body's own colour is the style's; only a colour that says something is kept.
  if (node.color !== undefined && node.color !== COLOR.text) face.color = node.color.slice(1);
  if (node.decoration === 'lineThrough') face.strike = true;
  if (node.tag?.lang) face.lang = node.tag.lang;
  return face;
}

/** A block's left margin added to the indent it is already in. */
function indented(node: NodeProps, face: RunFace): RunFace {
  const margin = node.margin;
  const left = Array.isArray(margin) ? margin[0] : (margin ?? 0);
  return left > 0 ? { ...face, indent: (face.indent ?? 0) + left } : face;
}

function runs(text: string | Inline[], face: RunFace): ParagraphChild[] {
  if (typeof text === 'string') {
    return text.split('\n').map(
      (line, i) =>
        new TextRun({
          ...runOptions(face),
          text: line,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    );
  }
  const out: ParagraphChild[] = [];
  let pendingBreak = false;
  for (const inline of text) {
    // pdfmake's lines arrive as pieces with "\n" between them.
    if (inline === '\n') {
      pendingBreak = true;
      continue;
    }
    const parts =
      typeof inline === 'string'
        ? runs(inline, face)
        : runs(inline.text, { ...face, ...faceOf(inline) });
    if (pendingBreak) out.push(new TextRun({ break: 1 }));
    pendingBreak = false;
    out.push(...parts);
  }
  return out;
}

function runOptions(face: RunFace): IRunOptions {
  return {
    ...(face.bold ? { bold: true } : {}),
    ...(face.italics ? { italics: true } : {}),
    ...(face.color ? { color: face.color } : {}),
    ...(face.strike ? { strike: true } : {}),
    ...(face.lang ? { language: { value: face.lang } } : {}),
  };
}

function textOf(text: string | Inline[]): string {
  if (typeof text === 'string') return text;
  return text.map((i) => (typeof i === 'string' ? i : textOf(i.text))).join('');
}

function figure(alt: string, options: WordOptions): Paragraph {
  return new Paragraph({
    style: STYLE_IDS.figureText,
    children: [new TextRun({ text: options.figureIntro, bold: true }), new TextRun(` ${alt}`)],
  });
}

/**
 * A drawing of nothing but level lines is room to write by hand (the agenda page's decision and
 * signatures): in Word, as many lines drawn by a tab's underscore leader, as on a form, each a
 * paragraph of its own (Word joins the borders of paragraphs that follow each other). Other
 * drawings without a description are ornament, such as the rule under a heading, and are left out.
 */
function ruledLines(node: CanvasNode, room: number): Paragraph[] {
  const level = node.canvas.every((e) => e.type === 'line' && e.y1 === e.y2);
  if (!level) return [];
  return node.canvas.map(
    () =>
      new Paragraph({
        spacing: { before: 240 },
        tabStops: [{ type: TabStopType.RIGHT, position: room, leader: LeaderType.UNDERSCORE }],
        children: [new TextRun('\t')],
      }),
  );
}

function list(
  items: Content[],
  ordered: boolean,
  options: WordOptions,
  face: RunFace,
): Paragraph[] {
  const instance = ordered ? options.nextList() : 0;
  const marker: Partial<IParagraphOptions> = ordered
    ? { numbering: { reference: STYLE_IDS.orderedList, level: 0, instance } }
    : { bullet: { level: 0 } };
  return items.map((item) => {
    const node: TextNode =
      typeof item === 'string' ? { text: item } : 'text' in item ? item : { text: '' };
    return paragraph(node, { ...face, ...faceOf(node) }, marker);
  });
}

const HAIRLINE: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: 4,
  color: COLOR.hairline.slice(1),
};
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: COLOR.rule.slice(1) };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * A table as a real Word table, its widths in the PDF's proportions across the room. A data
 * table's header row repeats on each page and has the PDF's fill and rules; a table without one
 * lays out label and value pairs, as on a form, without lines.
 */
function table(node: TableNode, room: number, options: WordOptions, face: RunFace): Table {
  const { body, headerRows = 0 } = node.table;
  const widths = columnWidths(node.table.widths, room);
  const data = headerRows > 0;
  return new Table({
    width: { size: room, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: NONE,
      left: NONE,
      right: NONE,
      insideVertical: NONE,
      bottom: data ? RULE : NONE,
      insideHorizontal: data ? HAIRLINE : NONE,
    },
    rows: body.map((row, r) => {
      const header = r < headerRows;
      const cells: TableCell[] = [];
      let column = 0;
      // pdfmake keeps a placeholder for each column a cell spans; Word wants only the cell.
      while (column < Math.min(row.length, widths.length)) {
        const cell = row[column]!;
        const span = typeof cell === 'object' && !Array.isArray(cell) ? (cell.colSpan ?? 1) : 1;
        const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
        const blocks = wordBlocks(cell, width, options, { ...face, inCell: true }).filter(
          (b): b is Paragraph | Table => !(b instanceof TableOfContents),
        );
        cells.push(
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            ...(header
              ? {
                  shading: {
                    type: ShadingType.CLEAR,
                    fill: COLOR.headerFill.slice(1),
                    color: 'auto',
                  },
                  borders: { bottom: RULE },
                }
              : {}),
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            // Word needs a paragraph in every cell, an empty one too.
            children: blocks.length > 0 ? blocks : [new Paragraph({ children: [] })],
          }),
        );
        column += span;
      }
      return new TableRow({
        ...(header ? { tableHeader: true } : {}),
        ...(node.table.dontBreakRows ? { cantSplit: true } : {}),
        children: cells,
      });
    }),
  });
}

/**
 * The PDF sets its tables in 8 pt, Word's body is 10 pt: a column of a fixed width (a number, a
 * date, a status) is made this much wider, so that its header does not break inside a word.
 */
const FIXED_WIDER = 1.3;

/**
 * pdfmake's widths (points, `*` shares, `auto`) as twips filling `room`. The `*` columns take what
 * the widened fixed ones leave; in a table of fixed widths only, its widest column does.
 */
function columnWidths(widths: readonly (number | '*' | 'auto')[], room: number): number[] {
  const widest = widths.every((w) => typeof w === 'number')
    ? widths.indexOf(Math.max(...widths))
    : -1;
  const flexible = (w: number | string, i: number) => typeof w !== 'number' || i === widest;
  const fixed = widths.reduce<number>(
    (sum, w, i) => sum + (flexible(w, i) ? 0 : (w as number) * TWIPS_PER_POINT * FIXED_WIDER),
    0,
  );
  const share = Math.max(0, room - fixed) / widths.filter(flexible).length;
  const raw = widths.map((w, i) =>
    flexible(w, i) ? Math.max(share, 1) : (w as number) * TWIPS_PER_POINT * FIXED_WIDER,
  );
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => Math.floor((w / total) * room));
}
