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
