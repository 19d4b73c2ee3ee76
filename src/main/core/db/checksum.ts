// The 64-bit hash of one row's canonical text (see `repositories/row-stamps.ts` for what that
// text is), and its written form in the `checksum` column. Part of the file format, as the
// migrations are: a change to it is a new format version.

/** A row's hash as two unsigned 32-bit halves, so that it can be summed without BigInt. */
export interface RowHash {
  high: number;
  low: number;
}

type Utf8Write = (this: Buffer, text: string, offset: number) => number;

/**
 * `Buffer.prototype.utf8Write`, which `buf.write` calls after checking its arguments: for a row's
 * short text, those checks cost as much as the encoding. It is not in Node's documented API, so
 * `write` stands in should a Node lack it.
 */
const utf8Write: Utf8Write =
  (Buffer.prototype as unknown as { utf8Write?: Utf8Write }).utf8Write ??
  function (this: Buffer, text: string, offset: number) {
    return this.write(text, offset);
  };

let bytes = Buffer.from(new ArrayBuffer(64 * 1024));
let view = new DataView(bytes.buffer);

/** Encodes `text` as UTF-8 into `bytes`; answers its length. */
function encode(text: string): number {
  if (bytes.length < text.length * 3 + 4) {
    bytes = Buffer.from(new ArrayBuffer(text.length * 3 + 4));
    view = new DataView(bytes.buffer);
  }
  return utf8Write.call(bytes, text, 0);
}

const LANE_A = 0x9e3779b1 | 0;
const LANE_B = 0x85ebca77 | 0;

/**
 * Two lanes of a multiply–xor hash over the encoded bytes from `start` to `end`, read four at a
 * time as little-endian words (so every machine gets the same hash), the last word filled up
 * with zero bytes, each lane finished with MurmurHash3's `fmix32`. Opening a plan hashes every
 * row: this takes a fraction of a microsecond a row, where `node:crypto` takes two, most of it
 * the cost of a call. Each lane on its own changes whenever one word of the text changes (xor,
 * and multiplication by an odd number, are both one-to-one), so a flipped bit in a row is always
 * found; two changes that cancel out in both lanes at once are a chance of about one in 2^64.
 */
function hashRange(
  text: EncodedText,
  start: number,
  end: number,
  seed: RowHash,
  out: RowHash,
): RowHash {
  const { bytes: at, view: words } = text;
  let a = seed.high ^ (end - start);
  let b = seed.low ^ (end - start);
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const word = words.getInt32(i, true);
    a = Math.imul(a ^ word, LANE_A);
    b = Math.imul(b ^ word, LANE_B);
  }
  if (i < end) {
    let word = 0;
    for (let k = 0; i + k < end; k++) word |= at[i + k]! << (8 * k);
    a = Math.imul(a ^ word, LANE_A);
    b = Math.imul(b ^ word, LANE_B);
  }
  out.high = fmix32(a);
  out.low = fmix32(b);
  return out;
}

function hashEncoded(start: number, end: number, seed: RowHash, out: RowHash): RowHash {
  return hashRange({ bytes, view }, start, end, seed, out);
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const BASE_SEED: RowHash = { high: 0x6f6d7374, low: 0x696c2121 };
const tableSeeds = new Map<string, RowHash>();

/** Each table hashes from its own seed, so a row copied into another table does not verify. */
export function tableSeed(table: string): RowHash {
  let seed = tableSeeds.get(table);
  if (!seed) {
    seed = hashEncoded(0, encode(table), BASE_SEED, { high: 0, low: 0 });
    tableSeeds.set(table, seed);
  }
  return seed;
}

/** The hash of a row of `table` whose canonical text is `text`. */
export function hashRow(table: string, text: string): RowHash {
  const seed = tableSeed(table);
  return hashEncoded(0, encode(text), seed, { high: 0, low: 0 });
}

/** One row as `scanRows` reads it, taken apart: the checksum it carries, and its own. */
export interface ScannedRow extends RowHash {
  /** The halves of the checksum the row carries; −1 when it carries none that can be read. */
  carriedHigh: number;
  carriedLow: number;
  /** Where the row's canonical text begins: after the checksum, or at its first `[`. */
  textStart: number;
}

/** UTF-8 text with a view of it to read words from. */
export interface EncodedText {
  bytes: Uint8Array;
  view: DataView;
}

export function encodedText(bytes: Uint8Array): EncodedText {
  return { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

const OPEN_BRACKET = 0x5b;

/**
 * Takes apart one scanned row — the checksum it carries, then its canonical text from the first
 * `[` on — found from `start` to `end` in `text`, into `out`, which the caller reuses: a plan's
 * rows are checked by the ten thousand on opening, so they are read as bytes, many rows to one
 * buffer, and no object is made for a row.
 */
export function examineRow(
  out: ScannedRow,
  seed: RowHash,
  text: EncodedText,
  start: number,
  end: number,
): ScannedRow {
  const at = text.bytes;
  const carried = end - start > 16 && at[start + 16] === OPEN_BRACKET;
  out.carriedHigh = carried ? hexBytes(at, start) : -1;
  out.carriedLow = carried ? hexBytes(at, start + 8) : -1;
  const bracket = carried ? start + 16 : at.indexOf(OPEN_BRACKET, start);
  out.textStart = bracket >= start && bracket < end ? bracket : start;
  hashRange(text, out.textStart, end, seed, out);
  return out;
}

/** Eight lower-case hex digits at `start`; −1 when they are not. */
function hexBytes(at: Uint8Array, start: number): number {
  let n = 0;
  for (let i = start; i < start + 8; i++) {
    const c = at[i]!;
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return -1;
    n = n * 16 + digit;
  }
  return n;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// By table: `Number.prototype.toString(16)` costs as much as hashing a whole row.
const hex32 = (n: number) =>
  HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;

/** 16 lower-case hex digits, high half first: readable in any SQLite tool. */
export function formatChecksum(hash: RowHash): string {
  return hex32(hash.high) + hex32(hash.low);
}

/**
 * The hash a `checksum` column holds, or null when it holds anything else (e.g. the empty
 * default of a row another program wrote).
 */
export function parseChecksum(text: unknown): RowHash | null {
  if (typeof text !== 'string' || text.length !== 16) return null;
  const high = hexHalf(text, 0);
  const low = hexHalf(text, 8);
  return high < 0 || low < 0 ? null : { high, low };
}

function hexHalf(text: string, start: number): number {
  let n = 0;
  for (let i = start; i < start + 8; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return -1;
    n = n * 16 + digit;
  }
  return n;
}
