import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statement-cache';
import { canonicalOf, stampRow, unstampRows } from './row-stamps';

// The undo and redo steps of a plan file (the `history` table); `history/undo-log.ts` decides
// what they mean. Each step carries a checksum like every other row (`row-stamps.ts`).

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
  const stored = cachedStatement(
    db,
    `INSERT INTO history (stack, label, changes, created_at) VALUES (?, ?, ?, ?)
     RETURNING id, ${canonicalOf(db, 'history')}`,
  )
    .raw()
    .get(stack, label, changes, createdAt) as unknown[];
  stampRow(db, 'history', [stored[0] as number], stored[1] as string);
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

/** Every step of both stacks, oldest first, as stored: for checking them when a plan is opened. */
export function selectAllSteps(db: Db): Pick<StoredStep, 'id' | 'changes'>[] {
  return cachedStatement(db, `SELECT id, changes FROM history ORDER BY id`).all() as Pick<
    StoredStep,
    'id' | 'changes'
  >[];
}

export function deleteStep(db: Db, id: number): void {
  unstampRows(
    db,
    cachedStatement(db, `DELETE FROM history WHERE id = ? RETURNING checksum`).pluck().all(id),
  );
}

export function deleteStack(db: Db, stack: UndoStack): void {
  unstampRows(
    db,
    cachedStatement(db, `DELETE FROM history WHERE stack = ? RETURNING checksum`)
      .pluck()
      .all(stack),
  );
}

/** Drops all but the latest `keep` steps of a stack. */
export function keepLatestSteps(db: Db, stack: UndoStack, keep: number): void {
  unstampRows(
    db,
    cachedStatement(
      db,
      `DELETE FROM history WHERE stack = ? AND id NOT IN
         (SELECT id FROM history WHERE stack = ? ORDER BY id DESC LIMIT ?)
       RETURNING checksum`,
    )
      .pluck()
      .all(stack, stack, keep),
  );
}

export function deleteAllSteps(db: Db): void {
  unstampRows(db, cachedStatement(db, `DELETE FROM history RETURNING checksum`).pluck().all());
}
