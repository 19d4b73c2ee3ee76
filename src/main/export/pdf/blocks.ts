import { EXPORT_LOCALES } from '../format';
import type { CanvasNode, Content, Inline, TableNode, TextNode } from './doc-types';
import type { SectionContext } from './context';
import { fitLines, fitted, lineHeightOf } from './fit';
import {
  BODY_SIZE,
  COLOR,
  contentWidth,
  HAIRLINE_TABLE,
  NO_LINES_TABLE,
  SMALL_SIZE,
  STYLES,
} from './theme';

const HEADING_RULE = { height: 2.5, above: 2, below: 14 };

/** A section's title: in the table of contents and the PDF's bookmarks, with an accent rule. */
export function sectionHeading(text: string): Content[] {
  const rule: CanvasNode = {
    canvas: [{ type: 'rect', x: 0, y: 0, w: 36, h: HEADING_RULE.height, color: COLOR.accent }],
    margin: [0, HEADING_RULE.above, 0, HEADING_RULE.below],
  };
  return [{ text, style: 'h1', tocItem: true, outline: true, headlineLevel: 1 }, rule];
}

/** How much of the page `sectionHeading(text)` takes, its margins included. */
export function sectionHeadingHeight(
  ctx: SectionContext,
  text: string,
  orientation: 'portrait' | 'landscape',
): number {
  const { fontSize = BODY_SIZE, margin } = STYLES['h1'] ?? {};
  const face = { size: fontSize, bold: true };
  const lines = fitLines(ctx, text, contentWidth(orientation), face).length;
  const below = Array.isArray(margin) && margin.length === 4 ? margin[3] : 0;
  return (
    lines * lineHeightOf(ctx, face) +
    below +
    HEADING_RULE.above +
    HEADING_RULE.height +
    HEADING_RULE.below
  );
}

export function subheading(text: string, level: 2 | 3 = 2): TextNode {
  return { text, style: level === 2 ? 'h2' : 'h3', headlineLevel: level };
}

/** Said instead of leaving a gap, so a reader knows the section is empty rather than missing. */
export function emptyNote(text: string): TextNode {
  return { text, style: 'empty' };
}

/**
 * A stored text as body paragraphs across `width` points (the page's width unless indented),
 * split on blank lines; single line breaks are kept.
 */
export function paragraphs(
  ctx: SectionContext,
  text: string,
  width: number = contentWidth('portrait'),
): TextNode[] {
  // The committee writes in the plan's language, which an export in the other language tells
  // a screen reader, so it reads these paragraphs with the right voice.
  const language = ctx.doc.plan.language;
  const tag: TextNode['tag'] =
    language === ctx.lang ? undefined : { role: 'P', lang: EXPORT_LOCALES[language] };
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => ({
      ...fitted(ctx, p, width, { size: BODY_SIZE }),
      margin: [0, 0, 0, 6],
      ...(tag ? { tag } : {}),
    }));
}

export function muted(text: string | Inline[], size = SMALL_SIZE): TextNode {
  return { text, color: COLOR.muted, fontSize: size };
}

/** Label and value pairs in two columns, as on a form. */
export function facts(rows: readonly [string, string | Inline[]][], labelWidth = 110): TableNode {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]) => [{ text: label, color: COLOR.muted }, { text: value }]),
    },
    layout: NO_LINES_TABLE,
    margin: [0, 0, 0, 8],
  };
}

/** A data table with a repeating header row and hairlines between rows. */
export function dataTable(
  headers: readonly Content[],
  widths: (number | '*' | 'auto')[],
  rows: Content[][],
  margin: [number, number, number, number] = [0, 0, 0, 10],
  keepRows = true,
): TableNode {
  return {
    table: {
      headerRows: 1,
      // A row is read as one statement; it moves to the next page whole, unless the caller
      // knows a row may be taller than a page (see `keep.ts`).
      dontBreakRows: keepRows,
      widths,
      body: [
        headers.map((h) =>
          typeof h === 'string' ? { text: h, bold: true, fontSize: SMALL_SIZE } : h,
        ),
        ...rows,
      ],
    },
    layout: HAIRLINE_TABLE,
    margin,
  };
}

export function bullet(color: string): Inline {
  return { text: '• ', color, bold: true };
}
