import type { Db } from './connection';

/**
 * Writes a compact copy of `db` to a new file at `path`. It reads in one transaction, so the copy
 * is a consistent snapshot even while another program writes to the file, and it works on a
 * read-only connection too.
 */
export function vacuumInto(db: Db, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}

/** Rebuilds the file without the pages that deleted rows left free. */
export function vacuum(db: Db): void {
  db.exec('VACUUM');
}
