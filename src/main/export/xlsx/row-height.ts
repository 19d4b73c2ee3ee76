/** Excel's default font; a font given without its name falls back to a serif in some programs. */
export const BODY_FONT = { name: 'Calibri', size: 11 } as const;

/** Excel's row height for one line of its default 11-point font, in points. */
export const LINE_HEIGHT = 15;

/** The tallest row Excel allows, in points. */
const MAX_HEIGHT = 409;

/**
 * The lines a wrapped text takes in a column `width` characters wide. Neither Excel nor the
 * writer measures text, so the estimate breaks at spaces as a reader's program does. A column's
 * width is counted in "0"s, and running Danish text is about a tenth narrower; the estimate
 * stays a little generous, so that a row is never cut short.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const length = word.length;
      if (used === 0) {
        used = length;
      } else if (used + 1 + length <= perLine) {
        used += 1 + length;
      } else {
        lines += 1;
        used = length;
      }
      while (used > perLine) {
        lines += 1;
        used -= perLine;
      }
    }
  }
  return lines;
}

/** The height of a row whose tallest cell takes `lines` lines. */
export function rowHeight(lines: number): number {
  return Math.min(MAX_HEIGHT, Math.max(1, lines) * LINE_HEIGHT);
}
