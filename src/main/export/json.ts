import { closeSync, openSync, writeSync } from 'node:fs';
import { toInterchange } from '../../shared/interchange';
import type { PlanDocument } from '../../shared/model/document';
import { omitted, splittable } from '../../shared/json-parts';

/** The plan as interchange format version 1, the file `omstil import` reads back. */
export function renderPlanJson(doc: PlanDocument): Buffer {
  return Buffer.from(`${JSON.stringify(toInterchange(doc), null, 2)}\n`, 'utf8');
}

/** The bytes gathered before each write to the file. */
const PIECE_BYTES = 1024 * 1024;

/**
 * Writes the same bytes as `renderPlanJson` to the file at `path` (created or emptied), a piece
 * at a time: at 50,000 activities the text is some 90 MB, which as one string and again as its
 * bytes held several hundred MB beside the plan itself. The parts are encoded straight into one
 * buffer, not joined into a text first: a joined text of this size is made outside the young
 * heap, and is left there as garbage for the next full collection. Returns the bytes written.
 */
export function writePlanJson(doc: PlanDocument, path: string): number {
  const fd = openSync(path, 'w');
  try {
    const buffer = Buffer.allocUnsafeSlow(PIECE_BYTES);
    let used = 0;
    let bytes = 0;
    const write = (data: Buffer, length: number) => {
      let done = 0;
      while (done < length) done += writeSync(fd, data, done, length - done);
      bytes += length;
    };
    const add = (text: string) => {
      // UTF-8 takes at most three bytes for each UTF-16 unit.
      if (used + text.length * 3 > PIECE_BYTES) {
        write(buffer, used);
        used = 0;
      }
      if (text.length * 3 > PIECE_BYTES) {
        const data = Buffer.from(text, 'utf8');
        write(data, data.length);
      } else {
        used += buffer.write(text, used, 'utf8');
      }
    };
    for (const text of prettyJsonTexts(toInterchange(doc), 0)) add(text);
    add('\n');
    write(buffer, used);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * How deep the file is taken apart before a value is written whole: the file, its lists, and
 * each row of them, so that one row is the largest text made at once. A status snapshot's row
 * holds the figures of every activity (23 MB of text at 50,000): it is taken apart down to each
 * activity's figures, since a text that large, made and indented whole, is several copies of it
 * outside the young heap, left for the next full collection.
 */
const SPLIT_DEPTH = 2;
const DEEPER: Readonly<Record<string, number>> = { statusSnapshots: 5 };

/**
 * The text of `JSON.stringify(value, null, 2)` in parts, for a value written at `depth` levels of
 * indentation, taken apart down to `splitTo` levels (`DEEPER` for the file's own lists). A value
 * written whole is indented by its depth: its own lines break only between its parts, never
 * inside a text, since JSON writes a line break in a text as `\n`.
 */
export function* prettyJsonTexts(
  value: unknown,
  depth: number,
  splitTo = SPLIT_DEPTH,
): Generator<string> {
  if (depth >= splitTo || !splittable(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield depth === 0 ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
    return;
  }
  const inner = `\n${'  '.repeat(depth + 1)}`;
  const outer = `\n${'  '.repeat(depth)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i > 0 ? `,${inner}` : inner;
      const item: unknown = value[i];
      if (omitted(item)) yield 'null';
      else yield* prettyJsonTexts(item, depth + 1, splitTo);
    }
    yield `${outer}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (omitted(item)) continue;
    yield `${first ? `{${inner}` : `,${inner}`}${JSON.stringify(key)}: `;
    first = false;
    yield* prettyJsonTexts(item, depth + 1, depth === 0 ? (DEEPER[key] ?? splitTo) : splitTo);
  }
  yield first ? '{}' : `${outer}}`;
}
