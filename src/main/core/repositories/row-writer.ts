import type { Db } from '../db/connection';
import type { SqlValue } from '../db/sql';
import { deleteRow, insertRow, selectRow, updateRow } from './plan-rows';
import type { Row, RowChange } from './row-change';
import { keyColumnsOf } from './tables';

function keyOf(table: string, row: Row): Row {
  return Object.fromEntries(keyColumnsOf(table).map((c) => [c, row[c] ?? null]));
}

/**
 * The only way the services write rows: every write is recorded with its before and after so
 * that the edit can be undone and redone exactly.
 */
export class RowWriter {
  readonly changes: RowChange[] = [];
  constructor(readonly db: Db) {}

  insert(table: string, row: Row): void {
    insertRow(this.db, table, row);
    this.changes.push({ table, key: keyOf(table, row), before: null, after: row });
  }

  /** Writes only what differs; a new `updated_at` alone is not a change. */
  update(table: string, key: Row, values: Row): boolean {
    const before = selectRow(this.db, table, key);
    if (!before) return false;
    const changed = Object.keys(values).filter(
      (c) => c !== 'updated_at' && !sameValue(before[c], values[c]),
    );
    if (changed.length === 0) return false;
    const after = { ...before, ...values };
    updateRow(this.db, table, key, values);
    this.changes.push({ table, key: keyOf(table, before), before, after });
    return true;
  }

  /** Moves `updated_at` alone, for an entity whose links changed but whose row did not. */
  touch(table: string, key: Row, now: string): void {
    const before = selectRow(this.db, table, key);
    if (!before || before['updated_at'] === now) return;
    updateRow(this.db, table, key, { updated_at: now });
    this.changes.push({
      table,
      key: keyOf(table, before),
      before,
      after: { ...before, updated_at: now },
    });
  }

  delete(table: string, key: Row): boolean {
    const before = selectRow(this.db, table, key);
    if (!before) return false;
    deleteRow(this.db, table, key);
    this.changes.push({ table, key: keyOf(table, before), before, after: null });
    return true;
  }
}

function sameValue(a: SqlValue | undefined, b: SqlValue | undefined): boolean {
  return (a ?? null) === (b ?? null);
}
