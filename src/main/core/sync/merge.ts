import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { validationMessage } from '../../../shared/i18n/validation';
import { parseInterchange, toInterchange } from '../../../shared/interchange';
import { deferForeignKeys, openConnection, type Db } from '../db/connection';
import { vacuumInto } from '../db/vacuum';
import { clearHistory } from '../history/undo-log';
import { createNewFile } from '../../fs/atomic-write';
import { inspectPlanFile, sqliteToAppError } from '../plan-file/inspect';
import { vouchedDocument } from '../plan-file/vouched';
import type { Row } from '../repositories/row-change';
import { RowWriter } from '../repositories/row-writer';
import { ALL_ROW_TABLES, keyColumnsOf } from '../repositories/tables';
import { appendChanges, insertEntries } from './change-log';
import { openSide, readPlanState, type PlanState } from './plan-state';
import { alignLogs, type AlignedSides } from './shared-history';
import { dateOrderViolation } from './three-way/date-order';
import { mergeStates } from './three-way/merge-states';
import type { Choice, MergeConflict, MergeOutcome } from './three-way/outcome';

export type { Choice, MergeConflict } from './three-way/outcome';

export interface MergeFileInfo {
  path: string;
  name: string;
  title: string;
}

export interface MergePreview {
  planId: string;
  mine: MergeFileInfo;
  theirs: MergeFileInfo;
  conflicts: MergeConflict[];
  /** Changes taken from theirs without asking. */
  takenFromTheirs: number;
  /**
   * False when one copy parted before the history the other has folded out of its change log:
   * the merge then knows no common ancestor, and asks about every field that differs.
   */
  sharedHistory: boolean;
}

export interface MergeResult extends MergePreview {
  path: string;
  /** The choice made for each conflict, by conflict id. */
  resolutions: Record<string, Choice>;
}

function refuseSameFile(minePath: string, theirsPath: string): void {
  if (resolve(minePath) === resolve(theirsPath)) {
    throw new OmstilError(errors.sameFile(basename(minePath)));
  }
}

function withSides<T>(
  minePath: string,
  theirsPath: string,
  fn: (mineDb: Db, theirs: PlanState) => T,
): T {
  refuseSameFile(minePath, theirsPath);
  const mineDb = openSide(minePath);
  try {
    const theirsDb = openSide(theirsPath);
    let theirs: PlanState;
    try {
      theirs = readPlanState(theirsDb, basename(theirsPath));
    } finally {
      theirsDb.close();
    }
    return fn(mineDb, theirs);
  } finally {
    mineDb.close();
  }
}

function refuseOtherPlan(mine: PlanState, theirs: PlanState): void {
  if (mine.planId !== theirs.planId) {
    throw new OmstilError(errors.differentPlans(mine.name, theirs.name));
  }
}

function preview(
  minePath: string,
  theirsPath: string,
  { mine, theirs, sharedHistory }: AlignedSides,
  outcome: MergeOutcome,
): MergePreview {
  return {
    planId: mine.planId,
    mine: { path: minePath, name: basename(minePath), title: mine.title },
    theirs: { path: theirsPath, name: basename(theirsPath), title: theirs.title },
    conflicts: outcome.conflicts,
    takenFromTheirs: outcome.takenFromTheirs,
    sharedHistory,
  };
}

/**
 * Compares two copies of one plan without changing either: what would be taken from theirs,
 * and the conflicts the user must decide. Copies of different plans are refused.
 */
export function planMerge(minePath: string, theirsPath: string): MergePreview {
  return withSides(minePath, theirsPath, (mineDb, theirs) => {
    const mine = readPlanState(mineDb, basename(minePath));
    refuseOtherPlan(mine, theirs);
    const sides = alignLogs(mine, theirs);
    return preview(
      minePath,
      theirsPath,
      sides,
      mergeStates(sides.mine, sides.theirs, () => undefined),
    );
  });
}

export interface WriteMergeOptions {
  /** Refuse when a conflict has no resolution (the dialog); otherwise it keeps mine (the CLI). */
  requireAll?: boolean;
}

/**
 * Writes the merge of two copies as a new file; neither input changes. The result starts as a
 * snapshot of mine (`VACUUM INTO`), the merge's changes are applied through the same row writer
 * as any edit, and its change log is the union of both logs plus the merge's own entries, so a
 * later merge with either copy still knows what they share. Undo history is dropped: undoing a
 * step from before the merge could undo the other copy's work. The result is checked like an
 * imported file before it appears under its name; on any failure nothing is left behind.
 *
 * `resolutions` maps conflict ids (from `planMerge`) to a choice; an id that is not a conflict
 * of these two files means they changed since the preview, and is refused.
 */
export function writeMerge(
  minePath: string,
  theirsPath: string,
  resolutions: Readonly<Record<string, Choice>>,
  outPath: string,
  options: WriteMergeOptions = {},
): MergeResult {
  for (const input of [minePath, theirsPath]) {
    if (resolve(input) === resolve(outPath)) throw new OmstilError(errors.alreadyExists(outPath));
  }
  return withSides(minePath, theirsPath, (mineDb, theirs) => {
    let result: MergeResult | null = null;
    createNewFile(outPath, (temp) => {
      vacuumInto(mineDb, temp);
      const db = openConnection(temp, { readonly: false });
      try {
        // Mine is read from the snapshot itself, so what is merged is exactly what was copied.
        const read = readPlanState(db, basename(minePath));
        refuseOtherPlan(read, theirs);
        const sides = alignLogs(read, theirs);
        const outcome = mergeStates(sides.mine, sides.theirs, (id) => resolutions[id]);
        const known = new Set(outcome.conflicts.map((c) => c.id));
        if (Object.keys(resolutions).some((id) => !known.has(id))) {
          throw new OmstilError(errors.mergeOutdated());
        }
        if (options.requireAll && outcome.defaulted.length > 0) {
          throw new OmstilError(errors.mergeUnresolved(outcome.defaulted.length));
        }
        refuseDatesOutOfOrder(outcome);
        applyOutcome(db, sides.mine, sides.theirs, outcome);
        result = {
          ...preview(minePath, theirsPath, sides, outcome),
          path: outPath,
          resolutions: Object.fromEntries(
            outcome.conflicts.map((c) => [c.id, resolutions[c.id] ?? 'mine']),
          ),
        };
      } catch (e) {
        throw sqliteToAppError(e, basename(outPath));
      } finally {
        db.close();
      }
      checkMerged(temp, outPath);
    });
    return result!;
  });
}

/** The plan document's list for each table whose rows have a start and an end date. */
const COLLECTIONS: Record<string, string> = { activity: 'activities', evaluation: 'evaluations' };

/**
 * Each copy's dates were in order; a mix of choices (my start, their end) may not be. Said as
 * the program says it for a form, pointing at the field in the merged plan.
 */
function refuseDatesOutOfOrder(outcome: MergeOutcome): void {
  const bad = dateOrderViolation(outcome.rows);
  if (!bad) return;
  let path = `plan.${bad.field}`;
  if (bad.table !== 'plan') {
    const index = [...(outcome.rows.get(bad.table)?.values() ?? [])]
      .sort(
        (a, b) =>
          Number(a['position']) - Number(b['position']) ||
          String(a['id']).localeCompare(String(b['id'])),
      )
      .indexOf(bad.row);
    path = `${COLLECTIONS[bad.table] ?? bad.table}[${index}].${bad.field}`;
  }
  throw new OmstilError(
    errors.invalidInput([{ path, rule: 'date-order', message: validationMessage('date-order') }]),
  );
}

function applyOutcome(db: Db, mine: PlanState, theirs: PlanState, outcome: MergeOutcome): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    // Rows are written in whatever order the tables come; the references are checked once, at
    // commit, when the whole merge is in.
    deferForeignKeys(db);
    const writer = new RowWriter(db);
    for (const table of Object.keys(ALL_ROW_TABLES)) {
      const have = mine.rows.get(table) ?? new Map<string, Row>();
      const want = outcome.rows.get(table) ?? new Map<string, Row>();
      const keyOf = (row: Row) => Object.fromEntries(keyColumnsOf(table).map((c) => [c, row[c]!]));
      for (const [key, row] of have) if (!want.has(key)) writer.delete(table, keyOf(row));
      for (const [key, row] of want) {
        const before = have.get(key);
        if (!before) writer.insert(table, row);
        else writer.update(table, keyOf(row), row);
      }
    }
    // Theirs as aligned: only what came after both copies' folds, and nothing at all when they
    // share no history, so every entry the result holds comes after its own fold.
    const myIds = new Set(mine.log.map((e) => e.changeId));
    insertEntries(
      db,
      theirs.log.filter((e) => !myIds.has(e.changeId)),
    );
    appendChanges(db, writer.changes, { origin: randomUUID(), now });
    clearHistory(db);
  }).immediate();
}

/** The same checks as a file we open and a JSON file we import: nothing invalid is published. */
function checkMerged(temp: string, outPath: string): void {
  const doc = vouchedDocument(inspectPlanFile(temp), outPath);
  parseInterchange(JSON.stringify(toInterchange(doc)), doc.plan.updatedAt);
}
