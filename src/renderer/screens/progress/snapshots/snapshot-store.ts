import type { StatusSnapshotEntity } from '../../../../shared/model/entities';
import type { StatusSnapshot } from '../../../../shared/progress';

/** One marked status as the plan file keeps it: its date, the committee's note and the figures. */
export type MarkedStatus = Pick<StatusSnapshotEntity, 'id' | 'date' | 'note' | 'data'>;

/**
 * Where marked statuses are kept: the plan itself (its `statusSnapshots`), so they travel with the
 * file, merge with a colleague's copy and are undone like any other edit. The screen reads and
 * writes them through this, which `usePlanSnapshotStore` backs with the contract's calls.
 */
export interface SnapshotStore {
  /** Every marked status, oldest first; statuses marked on one day in the order they were marked. */
  list: readonly MarkedStatus[];
  /** Stores today's figures; false when the core refused (the page's alert says why). */
  add(snapshot: StatusSnapshot, note: string): Promise<boolean>;
  /** Deletes a marked status; the undo toast offers it back. */
  remove(status: MarkedStatus, title: string): Promise<boolean>;
}

export function byDate<T extends Pick<MarkedStatus, 'date'>>(statuses: readonly T[]): T[] {
  return statuses
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * Whether `a` comes no later than `b`: by date, and on one day in the order they were marked.
 * `b` null is the plan as it is now, dated `today`, after everything marked that day. A comparison
 * always runs from the one that comes first, whichever way round the user picked them.
 */
export function comesFirst(
  list: readonly MarkedStatus[],
  a: MarkedStatus,
  b: MarkedStatus | null,
  today: string,
): boolean {
  const date = (s: MarkedStatus | null) => s?.date ?? today;
  const rank = (s: MarkedStatus | null) => (s === null ? list.length : list.indexOf(s));
  return date(a) < date(b) || (date(a) === date(b) && rank(a) <= rank(b));
}
