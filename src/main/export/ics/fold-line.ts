/** RFC 5545 3.1: a content line is at most 75 octets, not counting its line break. */
export const MAX_LINE_OCTETS = 75;

/**
 * Folds a content line into lines of at most 75 UTF-8 octets, each continuation beginning with a
 * space (which counts towards its 75). Whole characters only: a reader that unfolds before it
 * decodes would otherwise meet half an »ø« at the end of a line, and Outlook shows that as »�«.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}
