import type { SectionContext } from './context';
import type { Inline, TextNode, TextProps } from './doc-types';
import type { FontStyle } from './fonts';
import { BODY_LINE_HEIGHT, COLOR } from './theme';
import { wrapText } from './wrap';

/**
 * The share of a width that lines handed to pdfmake may fill: pdfmake measures them again, with
 * kerning and its own rounding, and would break a line it finds a hair too wide.
 */
const SAFETY = 0.97;

export interface Face {
  size: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

export function faceProps(face: Face): TextProps {
  return {
    fontSize: face.size,
    bold: face.bold ?? false,
    italics: face.italics ?? false,
    color: face.color ?? COLOR.text,
  };
}

function faceStyle(face: Face): FontStyle {
  if (face.bold) return face.italics ? 'bolditalics' : 'bold';
  return face.italics ? 'italics' : 'normal';
}

/*
 * Every node built here has `text` as its first key. pdfmake's hot paths read the same few keys
 * of every node; nodes of one shape keep those reads fast, and measured, putting the style
 * properties first made the activity table half again as slow.
 */

/**
 * A text node whose text is already broken into lines that fit `width` points, each line one
 * `noWrap` piece. pdfmake measures and draws text word by word; whole lines are several times
 * fewer pieces. (Measured: line pieces joined by "\n" beat a stack of one node per line.)
 */
export function fitted(ctx: SectionContext, text: string, width: number, face: Face): TextNode {
  return { text: pieces(fitLines(ctx, text, width, face)), ...faceProps(face) };
}

/**
 * `text` broken into lines that fit `width` points in `face`. Lines that Omstil draws itself (see
 * `drawn-table/`) may fill the whole width (`share` 1): nothing measures them again.
 */
export function fitLines(
  ctx: SectionContext,
  text: string,
  width: number,
  face: Face,
  share = SAFETY,
): string[] {
  // A word processor breaks the lines itself, at the width its own template gives them.
  if (ctx.layout === 'flowing') return text.split('\n');
  const metrics = ctx.metrics[faceStyle(face)];
  return wrapText(text, width * share, (s) => metrics.width(s, face.size));
}

/** How tall one line in `face` is, at the body's line spacing, as pdfmake would set it. */
export function lineHeightOf(ctx: SectionContext, face: Face): number {
  return ctx.metrics[faceStyle(face)].lineHeight(face.size) * BODY_LINE_HEIGHT;
}

/** Short values known to fit, one per line. */
export function lines(
  values: readonly string[],
  face: Face,
  alignment: TextProps['alignment'] = 'left',
): TextNode {
  return { text: pieces(values), ...faceProps(face), alignment };
}

function pieces(values: readonly string[]): Inline[] {
  const inlines: Inline[] = [];
  values.forEach((text, i) => {
    if (i > 0) inlines.push('\n');
    inlines.push({ text, noWrap: true });
  });
  return inlines;
}

/**
 * `text` on one line of `width` points in `face`: whole when it fits, otherwise cut at a word
 * where possible and ended with an ellipsis, so a long title cannot push a footer onto two lines.
 */
export function ellipsized(ctx: SectionContext, text: string, width: number, face: Face): string {
  const metrics = ctx.metrics[faceStyle(face)];
  const room = width * SAFETY;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const measure = (s: string) => metrics.width(s, face.size);
  if (measure(oneLine) <= room) return oneLine;
  const ellipsis = '…';
  let cut = oneLine.length;
  while (cut > 0 && measure(oneLine.slice(0, cut).trimEnd() + ellipsis) > room) cut--;
  const head = oneLine.slice(0, cut);
  const atWord = head.lastIndexOf(' ');
  // A cut at a word boundary reads better, unless it would throw away most of the line.
  const kept = atWord > cut * 0.7 ? head.slice(0, atWord) : head;
  return kept.trimEnd() + ellipsis;
}
