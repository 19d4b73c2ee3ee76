import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Rollback journals as SQLite leaves them when a transaction is interrupted, taken from copies
// of a plan: for the journal kinds of damage.

/** Transactions another session could have been in the middle of. */
export const JOURNAL_EDITS: { label: string; sql: string }[] = [
  { label: 'a new title', sql: `UPDATE plan SET title = title || ' – udkast'` },
  {
    label: 'every activity described anew',
    sql: `UPDATE activity SET description = description || ' Opdateret efter SU-mødet.'`,
  },
  {
    // Grows the file: the journal remembers the plan's shorter length and cuts it back to that.
    label: 'every activity given a long description',
    sql: `UPDATE activity SET description = description || replace(hex(zeroblob(1500)), '00', 'ab')`,
  },
];

/**
 * The journal of `sql` run on a copy of `plan`, taken while the transaction is open. With
 * `synchronous = OFF` SQLite writes the journal's header whole at once (with FULL it leaves the
 * magic number zero until it syncs), so what is copied is a journal SQLite would roll back.
 */
export function captureJournal(plan: Buffer, dir: string, sql: string): Buffer {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'plan.omstil');
  writeFileSync(path, plan);
  const db = new Database(path);
  try {
    db.pragma('synchronous = OFF');
    db.exec('BEGIN IMMEDIATE');
    db.exec(sql);
    const journal = readFileSync(`${path}-journal`);
    db.exec('ROLLBACK');
    return journal;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a writer killed mid-commit leaves: its cache is too small for the transaction, so SQLite
 * has already written changed pages into the plan, and the journal beside it can undo them.
 */
export function captureCrash(plan: Buffer, dir: string): { plan: Buffer; journal: Buffer } {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'plan.omstil');
  writeFileSync(path, plan);
  const db = new Database(path);
  try {
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = 2');
    db.exec('BEGIN IMMEDIATE');
    for (const edit of JOURNAL_EDITS) db.exec(edit.sql);
    const state = { plan: readFileSync(path), journal: readFileSync(`${path}-journal`) };
    db.exec('ROLLBACK');
    return state;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
