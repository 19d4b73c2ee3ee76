import type { StatusSnapshotView } from '../../../../shared/model/entities';
import type { StatusSnapshot } from '../../../../shared/progress';
import type { Result } from '../../../../shared/result';

/**
 * One marked status as the window holds it: its date, the committee's note and the summary of its
 * figures (`data`); the figures themselves are fetched with `figures` when it is compared.
 */
export type MarkedStatus = Pick<StatusSnapshotView, 'id' | 'date' | 'note' | 'data' | 'updatedAt'>;

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
  /** The stored figures of the statuses `ids`, in that order. */
  figures: (ids: readonly string[]) => Promise<Result<StatusSnapshot[]>>;
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
