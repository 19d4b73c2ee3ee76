import Database from 'better-sqlite3';

/** A run of bytes in the file that holds one thing: a page header, a pointer array, a value. */
export interface Span {
  offset: number;
  length: number;
  /** The table or index the bytes belong to, for the note that names a damaged file. */
  owner: string;
}

/** Where the parts of an SQLite file lie, so that damage can be aimed at one kind of part. */
export interface FileLayout {
  pageSize: number;
  pageCount: number;
  /** The header of each b-tree page (8 bytes on a leaf, 12 on an interior page). */
  btreeHeaders: Span[];
  /** Each b-tree page's array of 2-byte cell pointers. */
  cellPointers: Span[];
  /** Text values of records (dates are text too), and the overflow pages that continue them. */
  texts: Span[];
  /** Integer and real values of records. */
  numbers: Span[];
  /** What says how to read a cell: its payload length and rowid, and the record's type header. */
  recordHeaders: Span[];
}

interface PageStat {
  name: string;
  pageno: number;
  pagetype: 'internal' | 'leaf' | 'overflow';
  payload: number;
}

const TABLE_LEAF = 0x0d;
const TABLE_INTERIOR = 0x05;
const INDEX_INTERIOR = 0x02;

/**
 * Maps an intact SQLite file. SQLite's own `dbstat` says which page belongs to which table and
 * what kind of page it is; the cells and records inside are read here from the bytes, following
 * the file format (sqlite.org/fileformat2.html), so that a flipped bit can be put into a text, a
 * number or a header on purpose.
 */
export function mapFile(bytes: Buffer): FileLayout {
  const db = new Database(bytes, { readonly: true });
  let stats: PageStat[];
  try {
    stats = db.prepare('SELECT name, pageno, pagetype, payload FROM dbstat').all() as PageStat[];
  } finally {
    db.close();
  }
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const usable = pageSize - (bytes[20] ?? 0);
  const layout: FileLayout = {
    pageSize,
    pageCount: Math.floor(bytes.length / pageSize),
    btreeHeaders: [],
    cellPointers: [],
    texts: [],
    numbers: [],
    recordHeaders: [],
  };
  for (const stat of stats) {
    const start = (stat.pageno - 1) * pageSize;
    if (stat.pagetype === 'overflow') {
      // After the 4-byte number of the next overflow page, the payload continues.
      if (stat.payload > 0)
        layout.texts.push({ offset: start + 4, length: stat.payload, owner: stat.name });
      continue;
    }
    mapBtreePage(bytes, layout, stat.name, start, stat.pageno === 1 ? 100 : 0, usable);
  }
  return layout;
}

function mapBtreePage(
  bytes: Buffer,
  layout: FileLayout,
  owner: string,
  start: number,
  headerAt: number,
  usable: number,
): void {
  const type = bytes[start + headerAt];
  const interior = type === TABLE_INTERIOR || type === INDEX_INTERIOR;
  const headerLength = interior ? 12 : 8;
  const cells = bytes.readUInt16BE(start + headerAt + 3);
  layout.btreeHeaders.push({ offset: start + headerAt, length: headerLength, owner });
  const pointers = start + headerAt + headerLength;
  if (cells > 0) layout.cellPointers.push({ offset: pointers, length: cells * 2, owner });
  if (type === TABLE_INTERIOR) return;
  for (let i = 0; i < cells; i++) {
    const cell = start + bytes.readUInt16BE(pointers + i * 2);
    mapCell(bytes, layout, owner, cell, type === TABLE_LEAF, type === INDEX_INTERIOR, usable);
  }
}

function mapCell(
  bytes: Buffer,
  layout: FileLayout,
  owner: string,
  cell: number,
  tableLeaf: boolean,
  indexInterior: boolean,
  usable: number,
): void {
  let at = indexInterior ? cell + 4 : cell;
  const headerStart = at;
  const [payloadLength, afterLength] = readVarint(bytes, at);
  at = afterLength;
  if (tableLeaf) at = readVarint(bytes, at)[1];
  const local = localPayload(payloadLength, usable, tableLeaf);
  const payloadEnd = at + local;
  const [recordHeaderLength] = readVarint(bytes, at);
  layout.recordHeaders.push({
    offset: headerStart,
    length: at - headerStart + recordHeaderLength,
    owner,
  });

  let typeAt = readVarint(bytes, at)[1];
  let valueAt = at + recordHeaderLength;
  while (typeAt < at + recordHeaderLength) {
    const [serialType, next] = readVarint(bytes, typeAt);
    typeAt = next;
    const size = serialSize(serialType);
    const fits = valueAt + size <= payloadEnd;
    if (size > 0 && fits) {
      const span = { offset: valueAt, length: size, owner };
      if (serialType >= 13 && serialType % 2 === 1) layout.texts.push(span);
      else if (serialType >= 1 && serialType <= 7) layout.numbers.push(span);
    }
    valueAt += size;
  }
}

/** How much of a payload is stored in the cell itself; the rest goes to overflow pages. */
function localPayload(payload: number, usable: number, tableLeaf: boolean): number {
  const max = tableLeaf ? usable - 35 : Math.floor(((usable - 12) * 64) / 255) - 23;
  if (payload <= max) return payload;
  const min = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = min + ((payload - min) % (usable - 4));
  return k <= max ? k : min;
}

function serialSize(type: number): number {
  if (type >= 12) return Math.floor((type - (type % 2 === 0 ? 12 : 13)) / 2);
  return [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0][type] ?? 0;
}

/** SQLite's big-endian varint: 7 bits a byte, the ninth byte whole. Returns [value, next offset]. */
function readVarint(bytes: Buffer, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = bytes[at + i] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  return [value * 256 + (bytes[at + 8] ?? 0), at + 9];
}
