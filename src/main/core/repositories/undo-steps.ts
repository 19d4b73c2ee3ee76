import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statement-cache';

// The undo and redo steps of a plan file (the `history` table); `history/undo-log.ts` decides
// what they mean.

/** Which list a step is on: the edits that can be undone, or the undone ones that can be redone. */
export type UndoStack = 'undo' | 'redo';

/** One step of the `history` table; `changes` is the step's row changes as JSON text. */
export interface StoredStep {
  id: number;
  stack: UndoStack;
  label: string;
  changes: string;
}

export function insertStep(
  db: Db,
  stack: UndoStack,
  label: string,
  changes: string,
  createdAt: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO history (stack, label, changes, created_at) VALUES (?, ?, ?, ?)`,
  ).run(stack, label, changes, createdAt);
}

/** The latest step of a stack, or null when it is empty. */
export function topStep(db: Db, stack: UndoStack): StoredStep | null {
  return (
    (cachedStatement(
      db,
      `SELECT id, stack, label, changes FROM history WHERE stack = ? ORDER BY id DESC LIMIT 1`,
    ).get(stack) as StoredStep | undefined) ?? null
  );
}

export function deleteStep(db: Db, id: number): void {
  cachedStatement(db, `DELETE FROM history WHERE id = ?`).run(id);
}

export function deleteStack(db: Db, stack: UndoStack): void {
  cachedStatement(db, `DELETE FROM history WHERE stack = ?`).run(stack);
}

/** Drops all but the latest `keep` steps of a stack. */
export function keepLatestSteps(db: Db, stack: UndoStack, keep: number): void {
  cachedStatement(
    db,
    `DELETE FROM history WHERE stack = ? AND id NOT IN
       (SELECT id FROM history WHERE stack = ? ORDER BY id DESC LIMIT ?)`,
  ).run(stack, stack, keep);
}

export function deleteAllSteps(db: Db): void {
  cachedStatement(db, `DELETE FROM history`).run();
}
