import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Every connection to a plan file gets the same settings. Rollback journal and FULL sync because
 * plan files live on network drives where WAL does not work, and because an acknowledged edit
 * must survive a crash; `trusted_schema=OFF` so nothing in a foreign file's schema can run our
 * functions.
 */
export function openConnection(path: string, options: { readonly: boolean; create?: boolean }): Db {
  const db = new Database(path, { readonly: options.readonly, fileMustExist: !options.create });
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
