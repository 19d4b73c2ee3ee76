import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\0';

export interface SqliteHeader {
  pageSize: number;
  /** Pages the header says the file has; null when the header's own counter is stale. */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
  /** Raised by every committed write transaction; how a journal is matched to its plan. */
  changeCounter: number;
  /**
   * Whether the file is in WAL mode (bytes 18 and 19 are 2, sqlite.org/fileformat2.html, "File
   * format version numbers"). Omstil never sets it; another SQLite tool can.
   */
  walMode: boolean;
}

/**
 * Reads the 100-byte SQLite header without handing the file to SQLite, so that random bytes or a
 * foreign database are refused before anything could open, journal or recover them.
 */
export function readSqliteHeader(path: string): SqliteHeader | null {
  const buf = readBytes(path, 0, 100);
  if (buf.length < 100 || buf.toString('latin1', 0, 16) !== MAGIC) return null;
  const rawPageSize = buf.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = buf.readUInt32BE(24);
  const validFor = buf.readUInt32BE(92);
  const pages = buf.readUInt32BE(28);
  return {
    pageSize,
    pageCount: validFor === changeCounter && pages > 0 ? pages : null,
    userVersion: buf.readInt32BE(60),
    applicationId: buf.readInt32BE(68),
    changeCounter,
    walMode: buf[18] === 2 || buf[19] === 2,
  };
}

/** Up to `length` bytes of a file from `position`; fewer where the file ends sooner. */
export function readBytes(path: string, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buf, 0, length, position);
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
