import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import { logSize } from '../repositories/change-log-rows';
import {
  deleteLogEntries,
  selectLogFold,
  selectLogLimit,
  selectOldestLogIds,
  writeLogFold,
} from '../repositories/change-log-fold-rows';

/** What has been folded out of a plan's change log (see migration 008). */
export interface LogFold {
  /** The limit the last fold applied: it folded the log down to this many entries. */
  keep: number;
  /** How many entries were folded, and the XOR of the SHA-256 of their change ids. */
  entries: number;
  digest: string;
  /** The last entry folded, in the log's order: every entry the log holds comes after it. */
  clock: number;
  changeId: string;
}

const EMPTY_DIGEST = '0'.repeat(64);

/** The XOR of the SHA-256 of each id, on top of `start`: the same for a set in any order. */
export function digestOf(changeIds: Iterable<string>, start: string = EMPTY_DIGEST): string {
  const sum = Buffer.from(start, 'hex');
  for (const id of changeIds) {
    const hash = createHash('sha256').update(id).digest();
    for (let i = 0; i < sum.length; i++) sum[i]! ^= hash[i]!;
  }
  return sum.toString('hex');
}

export function readLogFold(db: Db): LogFold | null {
  const row = selectLogFold(db);
  if (!row || row.folded_entries === 0) return null;
  return {
    keep: row.keep_entries,
    entries: row.folded_entries,
    digest: row.folded_digest,
    clock: row.folded_clock,
    changeId: row.folded_change_id,
  };
}

/** How many entries the plan's change log keeps: the plan's own setting (migration 009). */
export function logLimit(db: Db): number {
  return selectLogLimit(db);
}

/**
 * Folds the oldest entries out of the change log when it holds more than `keep` (the plan's own
 * limit unless a caller folds further on purpose), in one transaction: they are deleted, and the
 * fold row takes their count and digest and the last of them. Answers how many were folded.
 *
 * A copy that parted after the last entry folded still merges exactly as before: the entries
 * both copies share up to there are the same set on both sides, which the merge checks by count
 * and digest (`shared-history.ts`). One that parted before is merged as a copy without shared
 * history, and the user is told so.
 */
export function compactChangeLog(db: Db, limit?: number): number {
  return db
    .transaction(() => {
      const keep = limit ?? logLimit(db);
      const excess = logSize(db) - keep;
      if (excess <= 0) return 0;
      const folded = selectOldestLogIds(db, excess);
      const last = folded[folded.length - 1]!;
      const before = selectLogFold(db);
      writeLogFold(db, {
        keep_entries: keep,
        folded_entries: (before?.folded_entries ?? 0) + folded.length,
        folded_clock: last.clock,
        folded_change_id: last.change_id,
        folded_digest: digestOf(
          folded.map((e) => e.change_id),
          before?.folded_digest ?? EMPTY_DIGEST,
        ),
      });
      deleteLogEntries(
        db,
        folded.map((e) => e.seq),
      );
      return folded.length;
    })
    .immediate();
}
