/**
 * Advance widths straight from a TrueType font's tables (cmap, hmtx), enough to tell how wide a
 * line of text will be. pdfmake measures and draws text one word at a time; handing it lines
 * that are known to fit (see `wrap.ts`) lets it treat each line as one piece, which is what makes
 * a plan with thousands of activities fast. Kerning is ignored: it only ever narrows Latin text,
 * so a line measured here is never narrower than the one drawn.
 */
export interface FontMetrics {
  /** The width in points of `text` set at `size` points. */
  width(text: string, size: number): number;
  /**
   * The height of one line at `size` points, from the top of the ascender to the bottom of the
   * descender (hhea), as pdfkit and pdfmake count it before a line height is applied.
   */
  lineHeight(size: number): number;
  /** From the top of a line to its baseline at `size` points. */
  ascender(size: number): number;
}

interface Tables {
  view: DataView;
  offset: (tag: string) => number;
}

function tables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    offsets.set(tag, view.getUint32(record + 8));
  }
  return {
    view,
    offset: (tag) => {
      const found = offsets.get(tag);
      if (found === undefined) throw new Error(`font has no ${tag} table`);
      return found;
    },
  };
}

/** Maps a code point to a glyph id with the font's Unicode cmap (format 12, else format 4). */
function glyphLookup({ view, offset }: Tables): (codePoint: number) => number {
  const cmap = offset('cmap');
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = subtable;
    if (format === 4) format4 = subtable;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const group = format12 + 16 + mid * 12;
        const start = view.getUint32(group);
        const end = view.getUint32(group + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(group + 8) + cp - start;
      }
      return 0;
    };
  }
  if (format4 < 0) throw new Error('font has no Unicode cmap');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (view.getUint16(ends + i * 2) < cp) continue;
      const start = view.getUint16(starts + i * 2);
      if (start > cp) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

const cache = new WeakMap<Uint8Array, FontMetrics>();

export function fontMetrics(bytes: Uint8Array): FontMetrics {
  const cached = cache.get(bytes);
  if (cached) return cached;
  const t = tables(bytes);
  const { view } = t;
  const unitsPerEm = view.getUint16(t.offset('head') + 18);
  const hhea = t.offset('hhea');
  const ascent = view.getInt16(hhea + 4);
  const descent = view.getInt16(hhea + 6);
  const longMetrics = view.getUint16(hhea + 34);
  const hmtx = t.offset('hmtx');
  const glyphOf = glyphLookup(t);
  const advanceOfGlyph = (glyph: number) =>
    view.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const advances = new Map<number, number>();
  const advance = (cp: number): number => {
    let a = advances.get(cp);
    if (a === undefined) {
      a = advanceOfGlyph(glyphOf(cp));
      advances.set(cp, a);
    }
    return a;
  };
  const metrics: FontMetrics = {
    width: (text, size) => {
      let units = 0;
      for (const char of text) units += advance(char.codePointAt(0)!);
      return (units * size) / unitsPerEm;
    },
    lineHeight: (size) => ((ascent - descent) * size) / unitsPerEm,
    ascender: (size) => (ascent * size) / unitsPerEm,
  };
  cache.set(bytes, metrics);
  return metrics;
}
