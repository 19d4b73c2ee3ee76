import type { SectionContext } from '../context';
import { wrapText } from '../wrap';

/** A width function for one face. */
export function measurer(
  ctx: SectionContext,
  bold: boolean,
): (text: string, size: number) => number {
  const metrics = ctx.metrics[bold ? 'bold' : 'normal'];
  return (text, size) => metrics.width(text, size);
}

/**
 * `text` broken into at most `maxLines` lines of `width` points; what does not fit ends in an
 * ellipsis, since a box on the map has a fixed size (the full text is elsewhere in the document).
 */
export function clampLines(
  text: string,
  width: number,
  maxLines: number,
  measure: (text: string) => number,
): string[] {
  const lines = wrapText(text.replace(/\s+/g, ' ').trim(), width, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (last.length > 1 && measure(last) > width) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}
