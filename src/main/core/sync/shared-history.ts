import type { LogEntry } from './change-log';
import { digestOf, type LogFold } from './log-fold';
import type { PlanState } from './plan-state';

/** Two sides of a merge with the logs it may compare, and whether they share their history. */
export interface AlignedSides {
  mine: PlanState;
  theirs: PlanState;
  /**
   * False when a copy parted before the history one of them has folded away: what each copy did
   * since cannot be told apart from what they shared, so the merge knows no common ancestor.
   */
  sharedHistory: boolean;
}

type Point = Pick<LogFold, 'clock' | 'changeId'>;

/** Whether an entry comes after `point` in the log's order (clock, then change id). */
const after = (e: LogEntry, point: Point) =>
  e.clock > point.clock || (e.clock === point.clock && e.changeId > point.changeId);

const later = (a: Point, b: Point) =>
  a.clock > b.clock || (a.clock === b.clock && a.changeId > b.changeId) ? a : b;

/**
 * The logs as the merge compares them once either copy has folded its oldest entries.
 *
 * Up to the later of the two folds, each side's history is what it folded plus what its log
 * still holds up to there; when both come to the same set of entries (the same count and digest
 * of change ids), the copies parted after that point, so every entry up to it is shared and can
 * be left out of both logs: the merge then decides exactly as it would with the whole logs, as
 * a copy's own first change of a field or row keeps the value it had where they parted.
 *
 * When the sets differ, a copy parted before the fold: its own changes from before the fold's
 * last entry look like shared history, and the other side's are gone. Rather than merge on a
 * wrong ancestor, both logs are left out and the merge treats the copies as having no shared
 * history: a field that differs is a conflict, and a row only one copy has is kept.
 */
export function alignLogs(mine: PlanState, theirs: PlanState): AlignedSides {
  if (!mine.fold && !theirs.fold) return { mine, theirs, sharedHistory: true };
  const point =
    mine.fold && theirs.fold ? later(mine.fold, theirs.fold) : (mine.fold ?? theirs.fold)!;
  const upTo = (side: PlanState) => {
    const kept = side.log.filter((e) => !after(e, point));
    return {
      entries: (side.fold?.entries ?? 0) + kept.length,
      digest: digestOf(
        kept.map((e) => e.changeId),
        side.fold?.digest,
      ),
    };
  };
  const a = upTo(mine);
  const b = upTo(theirs);
  if (a.entries === b.entries && a.digest === b.digest) {
    const since = (side: PlanState) => ({ ...side, log: side.log.filter((e) => after(e, point)) });
    return { mine: since(mine), theirs: since(theirs), sharedHistory: true };
  }
  return { mine: { ...mine, log: [] }, theirs: { ...theirs, log: [] }, sharedHistory: false };
}
