import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

export type Db = Database.Database;

/**
 * Every connection to a plan file gets the same settings. Rollback journal and FULL sync because
 * plan files live on network drives where WAL does not work, and because an acknowledged edit
 * must survive a crash; `trusted_schema=OFF` so nothing in a foreign file's schema can run our
 * functions.
 */
export function openConnection(path: string, options: { readonly: boolean; create?: boolean }): Db {
  const db =
    options.readonly && inWalMode(path)
      ? openWalSnapshot(path)
      : new Database(path, { readonly: options.readonly, fileMustExist: !options.create });
  try {
    db.pragma('trusted_schema = OFF');
    if (!options.readonly) {
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * A file another SQLite tool switched to WAL mode cannot be read in place without SQLite
 * creating `-wal` and `-shm` files beside it, which reading must never leave. Such a file (which
 * the inspection refuses, offering the clean copy) is read from a copy in memory instead, marked
 * as a rollback-journal file (bytes 18 and 19) as SQLite requires of a copy in memory. The
 * inspection has made sure no `-wal` beside it holds content the copy would lack.
 */
function openWalSnapshot(path: string): Db {
  const bytes = readFileSync(path);
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

/** Bytes 18 and 19 of the header are 2 in WAL mode (sqlite.org/fileformat2.html). */
function inWalMode(path: string): boolean {
  const versions = Buffer.alloc(2);
  try {
    const fd = openSync(path, 'r');
    try {
      if (readSync(fd, versions, 0, 2, 18) < 2) return false;
    } finally {
      closeSync(fd);
    }
  } catch {
    // Whatever keeps the file from being read, SQLite will report in its own words.
    return false;
  }
  return versions[0] === 2 || versions[1] === 2;
}

/**
 * Checks references when the transaction commits instead of after each statement, for the rest
 * of the current transaction only: for writing many rows whose order does not follow their
 * references.
 */
export function deferForeignKeys(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
}

/** A fresh in-memory database with the same settings, used to learn the expected schema. */
export function openMemory(): Db {
  const db = new Database(':memory:');
  db.pragma('trusted_schema = OFF');
  db.pragma('foreign_keys = ON');
  return db;
}
