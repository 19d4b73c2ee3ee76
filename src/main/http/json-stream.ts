import type { Writable } from 'node:stream';
import { omitted, splittable } from '../../shared/json-parts';

/** About this much text is handed to the socket at a time. */
const PIECE_CHARS = 64 * 1024;

/**
 * How deep the answer is taken apart before a value is written whole: the result, its value, the
 * plan, and each of the plan's lists, so that a run of rows (or one larger row) is the largest
 * text made at once.
 */
const SPLIT_DEPTH = 4;

/**
 * Writes `value` as `JSON.stringify` would, in pieces of about 64 KB, waiting whenever the
 * socket has enough in hand: the whole plan of a large programme is some 26 MB of JSON, which as
 * one string doubles the host's memory for it and holds up every other request while it is made.
 * Ends the stream; stops early, without an error, when the other end has gone.
 */
export async function writeJson(out: Writable, value: unknown): Promise<void> {
  let piece = '';
  for (const text of jsonTexts(value, 0)) {
    if (piece.length > 0 && piece.length + text.length > PIECE_CHARS) {
      if (!(await write(out, piece))) return;
      piece = '';
    }
    piece += text;
  }
  out.end(piece);
}

/** Writes one piece; false when the other end has gone and nothing more should be written. */
async function write(out: Writable, piece: string): Promise<boolean> {
  if (out.destroyed) return false;
  if (out.write(piece)) return true;
  return new Promise<boolean>((resolve) => {
    const done = (drained: boolean) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      resolve(drained);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

/** The JSON text of `value` in parts; what `JSON.stringify` leaves out is left out here too. */
function* jsonTexts(value: unknown, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || !splittable(value)) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    if (depth + 1 >= SPLIT_DEPTH) {
      yield* listInRuns(value);
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const item: unknown = value[i];
      if (omitted(item)) yield 'null';
      else yield* jsonTexts(item, depth + 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (omitted(item)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonTexts(item, depth + 1);
  }
  yield '}';
}

/** About this much text of a list's items is made in one call (see `listInRuns`). */
const RUN_CHARS = 16 * 1024;

/**
 * A list whose items are written whole, as runs of items each made by one `JSON.stringify` of
 * the run, which writes each item as it would in the whole list: a call and a text an item was
 * most of the cost of writing a plan of 20,000 activities. Each run is as many items as made
 * about `RUN_CHARS` in the run before it.
 */
function* listInRuns(list: readonly unknown[]): Generator<string> {
  yield '[';
  let count = 1;
  for (let i = 0; i < list.length;) {
    const run = JSON.stringify(list.slice(i, i + count));
    yield `${i > 0 ? ',' : ''}${run.slice(1, -1)}`;
    i += count;
    count = Math.max(1, Math.floor((RUN_CHARS * count) / run.length));
  }
  yield ']';
}
