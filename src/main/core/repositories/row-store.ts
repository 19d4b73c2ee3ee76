import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection';
import { ident, type SqlValue } from '../db/sql';
import type { Row, RowChange } from '../history/row-change';
import { ALL_ROW_TABLES } from './tables';

const statements = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

function prepare(db: Db, text: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare<unknown[]>(text);
    cache.set(text, stmt);
  }
  return stmt;
}

function keyColumns(table: string): readonly string[] {
  const key = ALL_ROW_TABLES[table];
  if (!key) throw new Error(`Unknown table ${table}`);
  return key;
}

const where = (cols: readonly string[]) => cols.map((c) => `${ident(c)} = ?`).join(' AND ');

export function selectRow(db: Db, table: string, key: Row): Row | null {
  const cols = keyColumns(table);
  const row = prepare(db, `SELECT * FROM ${ident(table)} WHERE ${where(cols)}`).get(
    ...cols.map((c) => key[c] ?? null),
  ) as Row | undefined;
  return row ?? null;
}

export function selectRows(db: Db, table: string, column: string, value: SqlValue): Row[] {
  return prepare(db, `SELECT * FROM ${ident(table)} WHERE ${ident(column)} = ?`).all(
    value,
  ) as Row[];
}

function rawInsert(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row);
  prepare(
    db,
    `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ).run(...cols.map((c) => row[c] ?? null));
}

function rawUpdate(db: Db, table: string, key: Row, values: Row): void {
  const keyCols = keyColumns(table);
  const cols = Object.keys(values).filter((c) => !keyCols.includes(c));
  if (cols.length === 0) return;
  prepare(
    db,
    `UPDATE ${ident(table)} SET ${cols.map((c) => `${ident(c)} = ?`).join(', ')} WHERE ${where(keyCols)}`,
  ).run(...cols.map((c) => values[c] ?? null), ...keyCols.map((c) => key[c] ?? null));
}

function rawDelete(db: Db, table: string, key: Row): void {
  const cols = keyColumns(table);
  prepare(db, `DELETE FROM ${ident(table)} WHERE ${where(cols)}`).run(
    ...cols.map((c) => key[c] ?? null),
  );
}

function keyOf(table: string, row: Row): Row {
  return Object.fromEntries(keyColumns(table).map((c) => [c, row[c] ?? null]));
}

/**
 * The only way the services write rows: every write is recorded with its before and after so
 * that the edit can be undone and redone exactly.
 */
export class RowWriter {
  readonly changes: RowChange[] = [];
  constructor(readonly db: Db) {}

  insert(table: string, row: Row): void {
    rawInsert(this.db, table, row);
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
    rawUpdate(this.db, table, key, values);
    this.changes.push({ table, key: keyOf(table, before), before, after });
    return true;
  }

  /** Moves `updated_at` alone, for an entity whose links changed but whose row did not. */
  touch(table: string, key: Row, now: string): void {
    const before = selectRow(this.db, table, key);
    if (!before || before['updated_at'] === now) return;
    rawUpdate(this.db, table, key, { updated_at: now });
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
    rawDelete(this.db, table, key);
    this.changes.push({ table, key: keyOf(table, before), before, after: null });
    return true;
  }
}

/** Puts a row into the state `row` (null: absent), whatever state it is in now. Used by undo. */
export function restoreRow(db: Db, table: string, key: Row, row: Row | null): void {
  const exists = selectRow(db, table, key) !== null;
  if (row === null) {
    if (exists) rawDelete(db, table, key);
  } else if (exists) {
    rawUpdate(db, table, key, row);
  } else {
    rawInsert(db, table, row);
  }
}

function sameValue(a: SqlValue | undefined, b: SqlValue | undefined): boolean {
  return (a ?? null) === (b ?? null);
}
