import type { HistoryState } from '../../../shared/api';
import type { Db } from '../db/connection';
import { describeStep } from './describe-step';
import { restoreRow } from '../repositories/plan-rows';
import type { RowChange } from '../repositories/row-change';
import {
  deleteAllSteps,
  deleteStack,
  deleteStep,
  insertStep,
  keepLatestSteps,
  topStep,
  type UndoStack,
} from '../repositories/undo-steps';

/** Older steps are dropped beyond this, so the file does not grow without bound. */
export const MAX_UNDO_STEPS = 500;

/** Records a finished edit; a new edit makes the redo stack meaningless, so it is cleared. */
export function pushEdit(db: Db, label: string, changes: RowChange[], now: string): void {
  deleteStack(db, 'redo');
  insertStep(db, 'undo', label, JSON.stringify(changes), now);
  keepLatestSteps(db, 'undo', MAX_UNDO_STEPS);
}

/**
 * Moves the top step of one stack to the other and applies it: undo writes the befores back in
 * reverse order (links before the rows they point at are gone again), redo the afters in order.
 * Returns the changes as applied (an undo's turned around), for the change log, or null when the
 * stack is empty. Runs inside the caller's transaction.
 */
export function step(db: Db, from: UndoStack, now: string): RowChange[] | null {
  const entry = topStep(db, from);
  if (!entry) return null;
  const changes = JSON.parse(entry.changes) as RowChange[];
  const applied =
    from === 'undo'
      ? [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }))
      : changes;
  for (const c of applied) restoreRow(db, c.table, c.key, c.after);
  const to = from === 'undo' ? 'redo' : 'undo';
  deleteStep(db, entry.id);
  insertStep(db, to, entry.label, entry.changes, now);
  return applied;
}

export function historyState(db: Db): HistoryState {
  const u = topStep(db, 'undo');
  const r = topStep(db, 'redo');
  return {
    canUndo: u !== null,
    canRedo: r !== null,
    undoLabel: u?.label ?? null,
    redoLabel: r?.label ?? null,
    undoStep: u ? describeStep(u.label, u.changes) : null,
    redoStep: r ? describeStep(r.label, r.changes) : null,
  };
}

export function clearHistory(db: Db): void {
  deleteAllSteps(db);
}
