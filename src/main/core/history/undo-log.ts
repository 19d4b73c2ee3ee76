import type { HistoryState } from '../../../shared/api';
import type { Db } from '../db/connection';
import { restoreRow } from '../repositories/row-store';
import type { RowChange } from './row-change';

/** Older steps are dropped beyond this, so the file does not grow without bound. */
export const MAX_UNDO_STEPS = 500;

interface HistoryRow {
  id: number;
  stack: 'undo' | 'redo';
  label: string;
  changes: string;
}

/** Records a finished edit; a new edit makes the redo stack meaningless, so it is cleared. */
export function pushEdit(db: Db, label: string, changes: RowChange[], now: string): void {
  db.prepare(`DELETE FROM history WHERE stack = 'redo'`).run();
  db.prepare(
    `INSERT INTO history (stack, label, changes, created_at) VALUES ('undo', ?, ?, ?)`,
  ).run(label, JSON.stringify(changes), now);
  db.prepare(
    `DELETE FROM history WHERE stack = 'undo' AND id NOT IN
       (SELECT id FROM history WHERE stack = 'undo' ORDER BY id DESC LIMIT ?)`,
  ).run(MAX_UNDO_STEPS);
}

function top(db: Db, stack: 'undo' | 'redo'): HistoryRow | null {
  return (
    (db
      .prepare(
        `SELECT id, stack, label, changes FROM history WHERE stack = ? ORDER BY id DESC LIMIT 1`,
      )
      .get(stack) as HistoryRow | undefined) ?? null
  );
}

/**
 * Moves the top step of one stack to the other and applies it: undo writes the befores back in
 * reverse order (links before the rows they point at are gone again), redo the afters in order.
 * Returns the changes as applied (an undo's turned around), for the change log, or null when the
 * stack is empty. Runs inside the caller's transaction.
 */
export function step(db: Db, from: 'undo' | 'redo', now: string): RowChange[] | null {
  const entry = top(db, from);
  if (!entry) return null;
  const changes = JSON.parse(entry.changes) as RowChange[];
  const applied =
    from === 'undo'
      ? [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }))
      : changes;
  for (const c of applied) restoreRow(db, c.table, c.key, c.after);
  const to = from === 'undo' ? 'redo' : 'undo';
  db.prepare(`DELETE FROM history WHERE id = ?`).run(entry.id);
  db.prepare(`INSERT INTO history (stack, label, changes, created_at) VALUES (?, ?, ?, ?)`).run(
    to,
    entry.label,
    entry.changes,
    now,
  );
  return applied;
}

export function historyState(db: Db): HistoryState {
  const u = top(db, 'undo');
  const r = top(db, 'redo');
  return {
    canUndo: u !== null,
    canRedo: r !== null,
    undoLabel: u?.label ?? null,
    redoLabel: r?.label ?? null,
  };
}

export function clearHistory(db: Db): void {
  db.prepare(`DELETE FROM history`).run();
}
