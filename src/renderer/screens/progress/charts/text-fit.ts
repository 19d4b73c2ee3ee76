/**
 * A label cut to fit a width in an SVG, which cannot wrap or ellipsise by itself. The width of a
 * character is estimated (IBM Plex Sans averages a little over half the font size), so the cut is
 * on the safe side; the full text is always in the table and the accessible name.
 */
export function fitText(text: string, width: number, fontSize: number): string {
  const max = Math.floor(width / (fontSize * 0.56));
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Words broken into at most `lines` lines of `width`, the last one cut if need be. */
export function wrapText(text: string, width: number, fontSize: number, lines: number): string[] {
  const max = Math.max(1, Math.floor(width / (fontSize * 0.56)));
  const out: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length <= max) {
      current = next;
      continue;
    }
    if (current !== '') out.push(current);
    current = word;
    if (out.length === lines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
  }
  if (current !== '') out.push(current);
  // A single word longer than the line is cut too.
  return out.slice(0, lines).map((line) => fitText(line, width, fontSize));
}

/**
 * Words broken into as many lines of `width` as they need, for text that must be read in full;
 * a word longer than a line goes on over the next.
 */
export function wrapAll(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(1, Math.floor(width / (fontSize * 0.56)));
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length <= max) {
      current = next;
      continue;
    }
    if (current !== '') out.push(current);
    current = word;
    while (current.length > max) {
      out.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current !== '') out.push(current);
  return out;
}
