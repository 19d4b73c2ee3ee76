import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statement-cache';
import { canonicalOf, stampRow, unstampRows } from './row-stamps';

// What has been folded out of the change log, and the plan's limit for it (the one row of
// `change_log_fold`, see migration 008). The row carries a checksum like every other row.

/** The row as stored. */
export interface StoredLogFold {
  keep_entries: number;
  folded_entries: number;
  folded_clock: number;
  folded_change_id: string;
  folded_digest: string;
}

export function selectLogFold(db: Db): StoredLogFold | null {
  return (
    (cachedStatement(
      db,
      `SELECT keep_entries, folded_entries, folded_clock, folded_change_id, folded_digest
       FROM change_log_fold`,
    ).get() as StoredLogFold | undefined) ?? null
  );
}

/** The plan's limit on its change log (the plan row's `change_log_limit`, migration 009). */
export function selectLogLimit(db: Db): number {
  return cachedStatement(db, `SELECT change_log_limit FROM plan`).pluck().get() as number;
}

/** Writes the row (there is only ever one), inside the caller's transaction. */
export function writeLogFold(db: Db, fold: StoredLogFold): void {
  const previous = cachedStatement(db, `SELECT checksum FROM change_log_fold WHERE id = 1`)
    .pluck()
    .get();
  const stored = cachedStatement(
    db,
    `INSERT INTO change_log_fold
       (id, keep_entries, folded_entries, folded_clock, folded_change_id, folded_digest)
     VALUES (1, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET keep_entries = excluded.keep_entries,
       folded_entries = excluded.folded_entries, folded_clock = excluded.folded_clock,
       folded_change_id = excluded.folded_change_id, folded_digest = excluded.folded_digest
     RETURNING ${canonicalOf(db, 'change_log_fold')}`,
  )
    .pluck()
    .get(
      fold.keep_entries,
      fold.folded_entries,
      fold.folded_clock,
      fold.folded_change_id,
      fold.folded_digest,
    ) as string;
  stampRow(db, 'change_log_fold', [1], stored, previous);
}

/** The oldest `count` entries in the log's order: what a fold takes out. */
export function selectOldestLogIds(
  db: Db,
  count: number,
): { seq: number; clock: number; change_id: string }[] {
  return cachedStatement(
    db,
    `SELECT seq, clock, change_id FROM change_log ORDER BY clock, change_id LIMIT ?`,
  ).all(count) as { seq: number; clock: number; change_id: string }[];
}

/** Deletes log entries by their place in the file, taking them out of the plan's totals. */
export function deleteLogEntries(db: Db, seqs: readonly number[]): void {
  const del = cachedStatement(
    db,
    `DELETE FROM change_log WHERE seq = ? RETURNING checksum`,
  ).pluck();
  unstampRows(
    db,
    seqs.map((seq) => del.get(seq)),
  );
}
