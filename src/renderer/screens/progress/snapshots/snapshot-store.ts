import type { StatusSnapshot } from '../../../../shared/progress';

/**
 * Where marked statuses are kept. The plan file will hold them (a table of its own, reached
 * through the contract calls `listSnapshots {}` → StatusSnapshot[] and
 * `addSnapshot { snapshot }` → StatusSnapshot[]); until those exist the status UI is not shown,
 * rather than keeping snapshots somewhere they would be lost or not travel with the plan.
 */
export interface SnapshotStore {
  /** Every stored snapshot of the open plan, oldest first. */
  list(): Promise<StatusSnapshot[]>;
  add(snapshot: StatusSnapshot): Promise<void>;
}
