import Database from 'better-sqlite3';
import type { Db } from './connection';
import { migrate } from './migrations';

export interface MigratedCopyOptions {
  /**
   * Whether the copy enforces references (`foreign_keys`), as a connection to the file itself
   * does. A copy that is read once and dropped (export, check) has nothing to enforce them on.
   */
  enforceReferences: boolean;
}

/**
 * An older plan brought to the current version in memory, for reading it without upgrading the
 * file: a colleague's plan may be open in an older Omstil that must keep working with it. The
 * source connection is closed, whether or not the copy could be made.
 */
export function openMigratedCopy(source: Db, options: MigratedCopyOptions): Db {
  try {
    return migratedCopyOf(source, options);
  } finally {
    source.close();
  }
}

/** The same, leaving the source open: for checking an older file on the connection it has. */
export function migratedCopyOf(source: Db, options: MigratedCopyOptions): Db {
  const copy = new Database(source.serialize());
  try {
    copy.pragma('trusted_schema = OFF');
    if (options.enforceReferences) copy.pragma('foreign_keys = ON');
    migrate(copy);
    return copy;
  } catch (e) {
    copy.close();
    throw e;
  }
}
