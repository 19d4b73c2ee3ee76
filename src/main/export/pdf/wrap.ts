/**
 * Greedy line breaking at the places a reader expects: after spaces, and after a hyphen, slash
 * or dash inside a word ("arbejdsgange/strøm"). A word wider than the line is cut where it must.
 * Lines come back without trailing spaces; explicit line breaks in the text are kept.
 *
 * `width` must be additive (the width of a joined string is the sum of its parts'), which holds
 * for advance widths without kerning; it lets a line be measured piece by piece.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    let spaceWidth = 0;
    const start = (word: string, trail: string, wordWidth: number) => {
      let first = word;
      let firstWidth = wordWidth;
      if (wordWidth > maxWidth) {
        const parts = cutWord(word, maxWidth, width);
        first = parts.pop() ?? '';
        lines.push(...parts);
        firstWidth = width(first);
      }
      line = first + trail;
      lineWidth = firstWidth;
      spaceWidth = width(trail);
    };
    for (const piece of paragraph.match(PIECES) ?? []) {
      const word = piece.trimEnd();
      if (word === '') continue;
      const trail = piece.slice(word.length);
      const wordWidth = width(word);
      if (line === '') {
        start(word, trail, wordWidth);
      } else if (lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += piece;
        lineWidth += spaceWidth + wordWidth;
        spaceWidth = width(trail);
      } else {
        lines.push(line.trimEnd());
        start(word, trail, wordWidth);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** A run of text up to and including a hyphen, slash or dash, or up to spaces, which it keeps. */
const PIECES = /[^\s\-/–—]*[-/–—]+\s*|[^\s\-/–—]+\s*|\s+/g;

function cutWord(word: string, maxWidth: number, width: (s: string) => number): string[] {
  const parts: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const char of word) {
    const w = width(char);
    if (current && currentWidth + w > maxWidth) {
      parts.push(current);
      current = char;
      currentWidth = w;
    } else {
      current += char;
      currentWidth += w;
    }
  }
  parts.push(current);
  return parts;
}
