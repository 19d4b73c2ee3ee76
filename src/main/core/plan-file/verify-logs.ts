import { errors, type AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { selectLogRows, type StoredLogEntry } from '../repositories/change-log-rows';
import { contentColumns } from '../repositories/row-stamps';
import { ALL_ROW_TABLES } from '../repositories/tables';
import { selectAllSteps } from '../repositories/undo-steps';

// The undo history and the change log are acted on later: undo writes what a step holds back
// into the plan, and a merge replays the log. So every step and every entry is read when the
// plan is opened, and one that is not what Omstil writes is refused there, with the place it
// is at, instead of failing an undo or a merge later with a message about something else.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isValue = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';

function parse(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A row's key: exactly the table's key columns, each an id. */
function isKey(table: string, key: unknown): boolean {
  const cols = ALL_ROW_TABLES[table];
  if (!cols || !isObject(key)) return false;
  const names = Object.keys(key);
  return (
    names.length === cols.length &&
    cols.every((c) => typeof key[c] === 'string' && key[c].length > 0)
  );
}

/** A whole row (or part of one, as an insert gave it): known columns, plain values. */
function isRow(db: Db, table: string, row: unknown): row is Json {
  if (!isObject(row)) return false;
  const columns = contentColumns(db, table);
  return Object.entries(row).every(([c, v]) => columns.includes(c) && isValue(v));
}

/** A row's before or after agrees with the key it is filed under. */
function keyAgrees(table: string, key: Json, row: Json | null): boolean {
  return (
    row === null || (ALL_ROW_TABLES[table] ?? []).every((c) => !(c in row) || row[c] === key[c])
  );
}

function isRowChange(db: Db, change: unknown): boolean {
  if (!isObject(change)) return false;
  const { table, key, before, after, ...rest } = change;
  if (Object.keys(rest).length > 0 || typeof table !== 'string' || !isKey(table, key)) return false;
  if (before === undefined || after === undefined || (before === null && after === null)) {
    return false;
  }
  // Omstil never creates or removes the plan row itself.
  if (table === 'plan' && (before === null || after === null)) return false;
  return (
    (before === null || isRow(db, table, before)) &&
    (after === null || isRow(db, table, after)) &&
    keyAgrees(table, key as Json, before) &&
    keyAgrees(table, key as Json, after)
  );
}

function isLogEntry(db: Db, e: StoredLogEntry): boolean {
  const key = parse(e.row_key);
  if (!key.ok || !isKey(e.table_name, key.value)) return false;
  const value = e.value === null ? null : parse(e.value);
  const old = e.old_value === null ? null : parse(e.old_value);
  if (value?.ok === false || old?.ok === false) return false;
  if (!Number.isSafeInteger(e.clock) || e.clock < 1 || typeof e.origin !== 'string') return false;
  switch (e.kind) {
    case 'insert':
      return e.table_name !== 'plan' && e.field === null && isRow(db, e.table_name, value?.value);
    case 'delete':
      return e.table_name !== 'plan' && e.field === null && isRow(db, e.table_name, old?.value);
    case 'update':
      return (
        e.field !== null &&
        contentColumns(db, e.table_name).includes(e.field) &&
        !(ALL_ROW_TABLES[e.table_name] ?? []).includes(e.field) &&
        value !== null &&
        old !== null &&
        isValue(value.value) &&
        isValue(old.value)
      );
    default:
      return false;
  }
}

/**
 * The first step of the undo history or entry of the change log that is not what Omstil writes,
 * as the error that names it; null when both are sound.
 */
export function logProblem(db: Db, name: string): AppError | null {
  for (const step of selectAllSteps(db)) {
    const changes = parse(step.changes);
    const sound =
      changes.ok &&
      Array.isArray(changes.value) &&
      changes.value.length > 0 &&
      changes.value.every((c) => isRowChange(db, c));
    if (!sound) return errors.unreadableStep(name, step.id);
  }
  for (const entry of selectLogRows(db)) {
    if (!isLogEntry(db, entry)) return errors.unreadableLogEntry(name, entry.seq);
  }
  return null;
}
