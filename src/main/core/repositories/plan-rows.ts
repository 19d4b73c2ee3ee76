import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statement-cache';
import { ident, type SqlValue } from '../db/sql';
import type { Row } from './row-change';
import { ENTITY_TABLES, keyColumnsOf, type LinkTableDef } from './tables';

// The plan's content: the plan row, the entity tables and the link tables (`ALL_ROW_TABLES`).
// Every statement on those tables is here; table and column names come from `tables.ts` only.

const where = (cols: readonly string[]) => cols.map((c) => `${ident(c)} = ?`).join(' AND ');

export function selectRow(db: Db, table: string, key: Row): Row | null {
  const cols = keyColumnsOf(table);
  const row = cachedStatement(db, `SELECT * FROM ${ident(table)} WHERE ${where(cols)}`).get(
    ...cols.map((c) => key[c] ?? null),
  ) as Row | undefined;
  return row ?? null;
}

export function selectRows(db: Db, table: string, column: string, value: SqlValue): Row[] {
  return cachedStatement(db, `SELECT * FROM ${ident(table)} WHERE ${ident(column)} = ?`).all(
    value,
  ) as Row[];
}

/** Every row of a table, in no particular order. */
export function selectAllRows(db: Db, table: string): Row[] {
  return cachedStatement(db, `SELECT * FROM ${ident(table)}`).all() as Row[];
}

/** Only `columns` of every row: for a file whose tables may hold columns we did not write. */
export function selectColumns(db: Db, table: string, columns: readonly string[]): Row[] {
  return cachedStatement(
    db,
    `SELECT ${columns.map(ident).join(', ')} FROM ${ident(table)}`,
  ).all() as Row[];
}

/** The plan row; a plan file holds exactly one. */
export function selectPlanRow(db: Db): Row | null {
  return (cachedStatement(db, `SELECT * FROM plan LIMIT 1`).get() as Row | undefined) ?? null;
}

/** An entity table's rows in the committee's order. */
export function selectInOrder(db: Db, table: string): Row[] {
  return cachedStatement(db, `SELECT * FROM ${ident(table)} ORDER BY position, id`).all() as Row[];
}

/** A link table's pairs in the order of the entities they point at. */
export function selectLinksInTargetOrder(
  db: Db,
  link: LinkTableDef,
): { from: string; to: string }[] {
  const targetTable = ENTITY_TABLES[link.toKind].table;
  return cachedStatement(
    db,
    `SELECT l.${ident(link.fromColumn)} AS "from", l.${ident(link.toColumn)} AS "to"
     FROM ${ident(link.table)} l JOIN ${ident(targetTable)} t ON t.id = l.${ident(link.toColumn)}
     ORDER BY t.position, t.id`,
  ).all() as { from: string; to: string }[];
}

export function selectIds(db: Db, table: string): string[] {
  return (cachedStatement(db, `SELECT id FROM ${ident(table)}`).all() as { id: string }[]).map(
    (r) => r.id,
  );
}

export function hasRow(db: Db, table: string, id: string): boolean {
  return cachedStatement(db, `SELECT 1 FROM ${ident(table)} WHERE id = ?`).get(id) !== undefined;
}

/** The position after the last row of an entity table: where a new row goes. */
export function nextPosition(db: Db, table: string): number {
  const row = cachedStatement(
    db,
    `SELECT coalesce(max(position), -1) + 1 AS next FROM ${ident(table)}`,
  ).get() as { next: number };
  return row.next;
}

/** Whether an evaluation other than `exceptId` is for `year`. */
export function hasOtherEvaluationOfYear(db: Db, year: number, exceptId: string): boolean {
  return (
    cachedStatement(db, `SELECT 1 FROM evaluation WHERE year = ? AND id <> ?`).get(
      year,
      exceptId,
    ) !== undefined
  );
}

export function insertRow(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row);
  cachedStatement(
    db,
    `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ).run(...cols.map((c) => row[c] ?? null));
}

/** Sets `values` (less the key columns) on the row with `key`. */
export function updateRow(db: Db, table: string, key: Row, values: Row): void {
  const keyCols = keyColumnsOf(table);
  const cols = Object.keys(values).filter((c) => !keyCols.includes(c));
  if (cols.length === 0) return;
  cachedStatement(
    db,
    `UPDATE ${ident(table)} SET ${cols.map((c) => `${ident(c)} = ?`).join(', ')} WHERE ${where(keyCols)}`,
  ).run(...cols.map((c) => values[c] ?? null), ...keyCols.map((c) => key[c] ?? null));
}

export function deleteRow(db: Db, table: string, key: Row): void {
  const cols = keyColumnsOf(table);
  cachedStatement(db, `DELETE FROM ${ident(table)} WHERE ${where(cols)}`).run(
    ...cols.map((c) => key[c] ?? null),
  );
}

/** Puts a row into the state `row` (null: absent), whatever state it is in now. Used by undo. */
export function restoreRow(db: Db, table: string, key: Row, row: Row | null): void {
  const exists = selectRow(db, table, key) !== null;
  if (row === null) {
    if (exists) deleteRow(db, table, key);
  } else if (exists) {
    updateRow(db, table, key, row);
  } else {
    insertRow(db, table, row);
  }
}
