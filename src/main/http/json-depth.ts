/**
 * How deeply a request body may nest. The deepest thing a call takes is a fund rule's condition
 * tree (ten levels of groups, two JSON levels each, inside a patch): far below this.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `text` nests objects and arrays deeper than `limit`, found in one pass over the text
 * before it is parsed: a body of millions of brackets would otherwise hold the host for seconds
 * in the parser and the schema check.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
