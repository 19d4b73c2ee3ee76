import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Plan files as a user may find them after something other than Omstil has been at them: rows
 * changed with another SQLite program (their checksums left as they were), or a journal lying
 * beside the plan. Made with SQLite itself, never written by hand.
 */

/** Another SQLite program's session on the file: plain SQL, none of Omstil's code. */
function withSql(path: string, change: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    change(db);
  } finally {
    db.close();
  }
}

/**
 * Two activities and the plan's title changed as someone would with DB Browser: the plan still
 * keeps the model's rules, so it opens read-only and may be accepted as it is.
 */
export function changeOutsideOmstil(path: string): void {
  withSql(path, (db) => {
    const ids = db.prepare('SELECT id FROM activity ORDER BY position LIMIT 2').pluck().all();
    if (ids.length < 2) throw new Error('the plan needs two activities to change');
    db.prepare(`UPDATE activity SET title = 'Ændret i et andet program' WHERE id IN (?, ?)`).run(
      ...ids,
    );
    db.prepare(`UPDATE plan SET title = 'Planen med en anden titel'`).run();
  });
}

/**
 * A driver deleted that a competence still names, with SQLite's own key checks off: changed
 * outside Omstil and against the model's rules, so the plan is refused and only a clean copy
 * is offered.
 */
export function breakOutsideOmstil(path: string): void {
  withSql(path, (db) => {
    const driver = db
      .prepare('SELECT driver_id FROM competence_driver ORDER BY driver_id LIMIT 1')
      .pluck()
      .get();
    if (driver === undefined) throw new Error('the plan needs a competence with a driver');
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM driver WHERE id = ?').run(driver);
  });
}

/**
 * Big enough that SQLite must sync its journal and write pages into the file before the
 * commit: the moment a crash leaves a hot journal. Nothing of it stays after a rollback.
 */
const SPILLING_WRITES = `
  CREATE TABLE scratch (body BLOB);
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
  INSERT INTO scratch SELECT randomblob(1500) FROM n;
`;

/** Runs the spilling transaction on `path`, calls `whileOpen` with the journal on disk, rolls back. */
function duringOpenTransaction(path: string, pageSize: number | null, whileOpen: () => void) {
  withSql(path, (db) => {
    if (pageSize !== null) db.pragma(`page_size = ${pageSize}`);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = 2');
    db.exec('BEGIN IMMEDIATE');
    db.exec(SPILLING_WRITES);
    whileOpen();
    db.exec('ROLLBACK');
  });
}

/**
 * A journal that belongs to another database (a sync program's leftover, say) laid beside the
 * plan under the plan's journal name: Omstil moves it aside and opens the plan untouched.
 */
export function leaveStrayJournal(path: string): void {
  const other = join(dirname(path), 'En anden database.sqlite');
  let journal: Buffer | null = null;
  try {
    withSql(other, (db) => {
      db.pragma('page_size = 1024');
      db.exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')`);
    });
    duringOpenTransaction(other, null, () => {
      journal = readFileSync(`${other}-journal`);
    });
  } finally {
    rmSync(other, { force: true });
  }
  writeFileSync(`${path}-journal`, journal!);
}

/**
 * The plan and its journal as a crash in the middle of a change leaves them: the file half
 * written, the journal hot. Omstil keeps both as they lay, rolls the change back and opens it.
 */
export function interruptChange(path: string): void {
  const crashed = `${path}.crashed`;
  duringOpenTransaction(path, null, () => {
    copyFileSync(path, crashed);
    copyFileSync(`${path}-journal`, `${crashed}-journal`);
  });
  renameSync(crashed, path);
  renameSync(`${crashed}-journal`, `${path}-journal`);
}
