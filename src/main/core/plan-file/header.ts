import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\0';

export interface SqliteHeader {
  pageSize: number;
  /** Pages the header says the file has; null when the header's own counter is stale. */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
}

/**
 * Reads the 100-byte SQLite header without handing the file to SQLite, so that random bytes or a
 * foreign database are refused before anything could open, journal or recover them.
 */
export function readSqliteHeader(path: string): SqliteHeader | null {
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || buf.toString('latin1', 0, 16) !== MAGIC) return null;
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
  };
}
