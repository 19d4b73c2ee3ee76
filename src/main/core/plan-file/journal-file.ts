import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { JournalMismatch } from '../../../shared/errors';

/**
 * A rollback journal as SQLite reads it when it rolls one back. The layout is the one in
 * sqlite.org/fileformat2.html, "The Rollback Journal": a header (magic, record count, checksum
 * nonce, the database's size in pages when the transaction began, sector size, page size) padded
 * to a sector, then records of page number, the page as it was, and a checksum. A journal synced
 * more than once holds several such segments, each starting at a sector boundary with its own
 * header and nonce. Where the document is silent this follows SQLite's own reader
 * (`readJournalHdr` and `pager_playback` in pager.c), so that what is checked here is what
 * SQLite would play back.
 */
export interface RollbackJournal {
  pageSize: number;
  /** The database's size in pages when the interrupted transaction began (first header). */
  initialPages: number;
  /** Records counted by the headers: the pages SQLite would put back. */
  records: number;
  /** The journal's copy of page 1, as it was before the transaction; null if it holds none. */
  pageOne: Buffer | null;
}

export type JournalReading =
  { ok: true; journal: RollbackJournal } | { ok: false; flaw: JournalMismatch };

const MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
/** "The record count is 0xffffffff": a journal written without syncs, its records run to the end. */
const TO_THE_END = 0xffffffff;
/** SQLite's lock-byte page sits at 1 GiB; a record for it marks the end of a journal's records. */
const PENDING_BYTE = 0x40000000;
const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** Reads and checks a journal file; a journal SQLite could not play back fully is a flaw. */
export function readRollbackJournal(path: string): JournalReading {
  const fd = openSync(path, 'r');
  try {
    return readOpenJournal(fd);
  } finally {
    closeSync(fd);
  }
}

function readOpenJournal(fd: number): JournalReading {
  const size = fstatSync(fd).size;
  const read = (position: number, length: number): Buffer => {
    const buf = Buffer.alloc(length);
    const got = readSync(fd, buf, 0, length, position);
    return buf.subarray(0, got);
  };
  const first = read(0, 28);
  if (first.length < 28 || !first.subarray(0, 8).equals(MAGIC)) {
    return { ok: false, flaw: 'not-a-journal' };
  }
  const initialPages = first.readUInt32BE(16);
  const sectorSize = first.readUInt32BE(20);
  const pageSize = first.readUInt32BE(24);
  // SQLite stops at a header whose sizes are out of range: it was never synced.
  if (
    !isPowerOfTwo(pageSize) ||
    pageSize < 512 ||
    pageSize > 65536 ||
    !isPowerOfTwo(sectorSize) ||
    sectorSize < 32 ||
    sectorSize > 65536 ||
    initialPages === 0
  ) {
    return { ok: false, flaw: 'damaged' };
  }
  if (namesSuperJournal(read, size)) return { ok: false, flaw: 'not-ours' };

  const recordSize = pageSize + 8;
  const lockPage = Math.floor(PENDING_BYTE / pageSize) + 1;
  let pageOne: Buffer | null = null;
  let records = 0;
  let offset = 0;
  for (;;) {
    const headerAt = offset === 0 ? 0 : Math.ceil(offset / sectorSize) * sectorSize;
    const header = read(headerAt, 16);
    // A later header without the magic was never synced, so neither were its records.
    if (!startsWithMagic(header)) break;
    // With syncs, SQLite writes a header's magic and count last, in one write, once the header's
    // sector and the records it counts are on disk (`syncJournal` in pager.c): a header with the
    // magic and no room for them is what a journal cut short after it was written looks like, not
    // what a crash leaves. Without syncs (count 0xffffffff) a crash can cut it; SQLite stops there.
    if (headerAt + sectorSize > size) {
      if (header.length >= 12 && header.readUInt32BE(8) === TO_THE_END) break;
      return { ok: false, flaw: 'damaged' };
    }
    const nonce = header.readUInt32BE(12);
    offset = headerAt + sectorSize;
    let count = header.readUInt32BE(8);
    if (count === TO_THE_END) count = Math.floor((size - offset) / recordSize);
    for (let i = 0; i < count; i++) {
      const record = read(offset, recordSize);
      if (record.length < recordSize) return { ok: false, flaw: 'damaged' };
      const pageNumber = record.readUInt32BE(0);
      const page = record.subarray(4, 4 + pageSize);
      if (pageNumber === 0 || pageNumber === lockPage) return { ok: false, flaw: 'damaged' };
      if (pageChecksum(nonce, page) !== record.readUInt32BE(4 + pageSize)) {
        return { ok: false, flaw: 'damaged' };
      }
      if (pageNumber === 1 && !pageOne) pageOne = Buffer.from(page);
      records++;
      offset += recordSize;
    }
  }
  // Nothing to put back: no transaction that wrote to the plan left this journal.
  if (records === 0) return { ok: false, flaw: 'damaged' };
  return { ok: true, journal: { pageSize, initialPages, records, pageOne } };
}

/** The magic, or as much of it as there is: a header that begins as a synced one does. */
function startsWithMagic(header: Buffer): boolean {
  const length = Math.min(header.length, MAGIC.length);
  return length > 0 && header.subarray(0, length).equals(MAGIC.subarray(0, length));
}

/**
 * The nonce plus every 200th byte of the page, counted back from 200 before its end
 * (fileformat2.html, "The Rollback Journal"; `pager_cksum` in pager.c). Pages are powers of two,
 * so the document's "while X >= 0" and the code's "while X > 0" never differ.
 */
export function pageChecksum(nonce: number, page: Buffer): number {
  let sum = nonce;
  for (let i = page.length - 200; i > 0; i -= 200) sum = (sum + (page[i] ?? 0)) >>> 0;
  return sum;
}

/**
 * Whether the journal ends with the name of a super-journal (`readSuperJournal` in pager.c):
 * the mark of a transaction over several databases at once, which Omstil never makes.
 */
function namesSuperJournal(read: (position: number, length: number) => Buffer, size: number) {
  if (size < 16) return false;
  const tail = read(size - 16, 16);
  const length = tail.readUInt32BE(0);
  return tail.subarray(8, 16).equals(MAGIC) && length > 0 && length <= size - 16;
}
