import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { openConnection, type Db } from '../db/connection';
import { openMigratedCopy } from '../db/migrated-copy';
import { inspectPlanFile, sqliteToAppError } from '../plan-file/inspect';
import { vouchedDocument } from '../plan-file/vouched';
import { selectAllRows } from '../repositories/plan-rows';
import type { Row } from '../repositories/row-change';
import { ALL_ROW_TABLES } from '../repositories/tables';
import { readLog, rowKeyOf, type LogEntry } from './change-log';
import { readLogFold, type LogFold } from './log-fold';

/** Every row of a plan by table and canonical key, with its change log: one side of a merge. */
export interface PlanState {
  name: string;
  planId: string;
  title: string;
  rows: Map<string, Map<string, Row>>;
  log: LogEntry[];
  /** What the copy has folded out of its log; null when nothing. */
  fold: LogFold | null;
}

/**
 * Opens a plan for reading as one side of a merge, after the same checks as any open. An older
 * file is migrated in a memory copy (its log is then empty, which the merge handles); a file
 * from a newer Omstil, or one changed outside Omstil, is refused, as this version cannot vouch
 * for what it holds.
 */
export function openSide(path: string): Db {
  const name = basename(path);
  const inspection = inspectPlanFile(path);
  vouchedDocument(inspection, path);
  let db: Db;
  try {
    db = openConnection(path, { readonly: true });
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
  if (inspection.status === 'current') return db;
  try {
    return openMigratedCopy(db, { enforceReferences: true });
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
}

/** Reads all rows and the log in one read transaction, so the side is one consistent moment. */
export function readPlanState(db: Db, name: string): PlanState {
  try {
    return db.transaction(() => {
      const rows = new Map<string, Map<string, Row>>();
      for (const table of Object.keys(ALL_ROW_TABLES)) {
        const byKey = new Map<string, Row>();
        for (const row of selectAllRows(db, table)) {
          byKey.set(rowKeyOf(table, row), row);
        }
        rows.set(table, byKey);
      }
      const plan = [...(rows.get('plan')?.values() ?? [])][0];
      if (!plan) throw new OmstilError(errors.corrupt(name, 'no plan row'));
      return {
        name,
        planId: String(plan['id']),
        title: String(plan['title']),
        rows,
        log: readLog(db),
        fold: readLogFold(db),
      };
    })();
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
}
