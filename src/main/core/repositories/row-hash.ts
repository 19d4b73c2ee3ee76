// The 64-bit hash of one row's canonical text (see `row-stamps.ts` for what that text is), and
// its written form in the `checksum` column.

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

const LANE_A = 0x9e3779b1 | 0;
const LANE_B = 0x85ebca77 | 0;

/**
 * Two lanes of a multiply–xor hash over the UTF-8 bytes of `text` from byte `skip` on, read four
 * at a time as little-endian words (so every machine gets the same hash), each lane finished
 * with MurmurHash3's `fmix32`. Opening a plan hashes every row: this takes a fraction of a
 * microsecond a row, where `node:crypto` takes two, most of it the cost of a call. Each lane on
 * its own changes whenever one word of the text changes (xor, and multiplication by an odd
 * number, are both one-to-one), so a flipped bit in a row is always found; two changes that
 * cancel out in both lanes at once are a chance of about one in 2^64.
 */
function hashText(text: string, skip: number, seed: RowHash): RowHash {
  if (bytes.length < text.length * 3 + 4) {
    bytes = Buffer.from(new ArrayBuffer(text.length * 3 + 4));
    view = new DataView(bytes.buffer);
  }
  const end = utf8Write.call(bytes, text, 0);
  bytes[end] = 0;
  bytes[end + 1] = 0;
  bytes[end + 2] = 0;
  let a = seed.high ^ (end - skip);
  let b = seed.low ^ (end - skip);
  for (let i = skip; i < end; i += 4) {
    const word = view.getInt32(i, true);
    a = Math.imul(a ^ word, LANE_A);
    b = Math.imul(b ^ word, LANE_B);
  }
  return { high: fmix32(a), low: fmix32(b) };
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
function seedOf(table: string): RowHash {
  let seed = tableSeeds.get(table);
  if (!seed) {
    seed = hashText(table, 0, BASE_SEED);
    tableSeeds.set(table, seed);
  }
  return seed;
}

/**
 * The hash of a row of `table` whose canonical text is `text` from character `skip` on; the
 * characters skipped must be ASCII (a stored checksum read along with the row, see `scanRows`).
 */
export function hashRow(table: string, text: string, skip = 0): RowHash {
  return hashText(text, skip, seedOf(table));
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
 * The hash written as the first 16 characters of `text`, or null when they are anything else
 * (e.g. the empty default of a row another program wrote).
 */
export function parseChecksum(text: unknown): RowHash | null {
  if (typeof text !== 'string' || text.length < 16) return null;
  const high = hexHalf(text, 0);
  const low = hexHalf(text, 8);
  return high < 0 || low < 0 ? null : { high, low };
}

/** Eight lower-case hex digits at `start` as a number; −1 when they are not. */
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
