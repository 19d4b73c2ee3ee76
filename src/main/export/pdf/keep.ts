import { BODY_LINE_HEIGHT, PAGE } from './theme';

/**
 * pdfmake silently drops an `unbreakable` block (or a row of a `dontBreakRows` table) that is
 * taller than a whole page. Plans may hold texts of thousands of characters, so a block is kept
 * together only when a rough estimate says it is well under a page; otherwise it may break.
 */

/** A generous average glyph width, in ems: overestimating only ever lets a block break. */
const AVERAGE_GLYPH = 0.6;

export function textHeight(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / (AVERAGE_GLYPH * size)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  }
  return lines * size * BODY_LINE_HEIGHT;
}

/** The height between the top and bottom margins. */
export function usableHeight(orientation: 'portrait' | 'landscape'): number {
  const height = orientation === 'portrait' ? PAGE.height : PAGE.width;
  return height - PAGE.margins[1] - PAGE.margins[3];
}

/** True when a block of about `height` points can safely be kept on one page. */
export function fitsOnPage(height: number, orientation: 'portrait' | 'landscape'): boolean {
  return height < usableHeight(orientation) * 0.5;
}
