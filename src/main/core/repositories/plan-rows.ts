import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statement-cache';
import { ident, type SqlValue } from '../db/sql';
import type { Row } from './row-change';
import {
  canonicalOf,
  contentList,
  moveTotals,
  stampRow,
  unstampRows,
  writeChecksum,
} from './row-stamps';
import { ENTITY_TABLES, keyColumnsOf, type LinkTableDef } from './tables';

// The plan's content: the plan row, the entity tables and the link tables (`ALL_ROW_TABLES`).
// Every statement on those tables is here; table and column names come from `tables.ts` only.
// Rows are read and written without their checksums, which every write here stamps afresh
// (`row-stamps.ts`): a row a service, the undo log or a merge holds is content only.

const where = (cols: readonly string[]) => cols.map((c) => `${ident(c)} = ?`).join(' AND ');

const keyValues = (table: string, key: Row) => keyColumnsOf(table).map((c) => key[c] ?? null);

export function selectRow(db: Db, table: string, key: Row): Row | null {
  const cols = keyColumnsOf(table);
  const row = cachedStatement(
    db,
    `SELECT ${contentList(db, table)} FROM ${ident(table)} WHERE ${where(cols)}`,
  ).get(...keyValues(table, key)) as Row | undefined;
  return row ?? null;
}

export function selectRows(db: Db, table: string, column: string, value: SqlValue): Row[] {
  return cachedStatement(
    db,
    `SELECT ${contentList(db, table)} FROM ${ident(table)} WHERE ${ident(column)} = ?`,
  ).all(value) as Row[];
}

/** Every row of a table, in no particular order. */
export function selectAllRows(db: Db, table: string): Row[] {
  return cachedStatement(
    db,
    `SELECT ${contentList(db, table)} FROM ${ident(table)}`,
  ).all() as Row[];
}

/** Only `columns` of every row: for a file whose tables may hold columns we did not write. */
export function selectColumns(db: Db, table: string, columns: readonly string[]): Row[] {
  return cachedStatement(
    db,
    `SELECT ${columns.map(ident).join(', ')} FROM ${ident(table)}`,
  ).all() as Row[];
}

/** How many plan rows the file holds; a plan file holds exactly one. */
export function countPlanRows(db: Db): number {
  return cachedStatement(db, `SELECT count(*) FROM plan`).pluck().get() as number;
}

/** The plan row; a plan file holds exactly one. */
export function selectPlanRow(db: Db): Row | null {
  return (
    (cachedStatement(db, `SELECT ${contentList(db, 'plan')} FROM plan LIMIT 1`).get() as
      Row | undefined) ?? null
  );
}

/** An entity table's rows in the committee's order. */
export function selectInOrder(db: Db, table: string): Row[] {
  return cachedStatement(
    db,
    `SELECT ${contentList(db, table)} FROM ${ident(table)} ORDER BY position, id`,
  ).all() as Row[];
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

/** A link table's pairs as `[from, to]`, in no particular order. */
export function selectLinkPairs(db: Db, link: LinkTableDef): [string, string][] {
  return cachedStatement(
    db,
    `SELECT ${ident(link.fromColumn)}, ${ident(link.toColumn)} FROM ${ident(link.table)}`,
  )
    .raw()
    .all() as [string, string][];
}

/**
 * A link table's pairs as one text: each pair's two ids joined by U+001F and the pairs by U+001E;
 * with the number of pairs, so that a reader can tell the text was taken apart as it was made.
 * One value for the whole table instead of one a pair: a large plan has some 150,000 pairs, and
 * making a list and two strings for each cost most of reading them. The pairs come in the
 * committee's order of the entities they link from (SQLite walks that entity table's order index
 * and finds each one's pairs by the link table's key), so that a reader can take the entities in
 * the order it holds them instead of looking each one up among 20,000. Only pairs whose entity is
 * there are counted; the foreign key check vouches that that is every pair.
 */
export function selectLinkPairsText(
  db: Db,
  link: LinkTableDef,
): { pairs: number; text: string | null } {
  const fromTable = ENTITY_TABLES[link.fromKind].table;
  return cachedStatement(
    db,
    `SELECT count(*) AS pairs, group_concat(pair, char(30)) AS text FROM (
       SELECT l.${ident(link.fromColumn)} || char(31) || l.${ident(link.toColumn)} AS pair
       FROM ${ident(fromTable)} f JOIN ${ident(link.table)} l ON l.${ident(link.fromColumn)} = f.id
       ORDER BY f.position, f.id)`,
  ).get() as { pairs: number; text: string | null };
}

/** The ids one entity links to, in the order of the entities they point at. */
export function selectLinkTargetsOf(db: Db, link: LinkTableDef, fromId: string): string[] {
  const targetTable = ENTITY_TABLES[link.toKind].table;
  return cachedStatement(
    db,
    `SELECT l.${ident(link.toColumn)} FROM ${ident(link.table)} l
     JOIN ${ident(targetTable)} t ON t.id = l.${ident(link.toColumn)}
     WHERE l.${ident(link.fromColumn)} = ? ORDER BY t.position, t.id`,
  )
    .pluck()
    .all(fromId) as string[];
}

/** The entities that link to `toId`. */
export function selectLinkSourcesTo(db: Db, link: LinkTableDef, toId: string): string[] {
  return cachedStatement(
    db,
    `SELECT ${ident(link.fromColumn)} FROM ${ident(link.table)} WHERE ${ident(link.toColumn)} = ?`,
  )
    .pluck()
    .all(toId) as string[];
}

/** Every entity that links to anything through `link`. */
export function selectAllLinkSources(db: Db, link: LinkTableDef): string[] {
  return cachedStatement(db, `SELECT DISTINCT ${ident(link.fromColumn)} FROM ${ident(link.table)}`)
    .pluck()
    .all() as string[];
}

/** The id of the row just before (`position`, `id`) in the committee's order, or null. */
export function selectIdBefore(
  db: Db,
  table: string,
  position: SqlValue,
  id: string,
): string | null {
  // A row value, so that SQLite walks the order index back from the row (an OR of the two
  // conditions would collect and sort every earlier row first).
  return (
    (cachedStatement(
      db,
      `SELECT id FROM ${ident(table)} WHERE (position, id) < (?, ?)
       ORDER BY position DESC, id DESC LIMIT 1`,
    )
      .pluck()
      .get(position, id) as string | undefined) ?? null
  );
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

// A marked status's summary is taken out of its figures by SQLite, in one pass over the text:
// a third of a large plan's file is figures, and parsing them in JavaScript for a list of three
// numbers per status was most of the cost of reading them.
const SUMMARY_PATHS = [
  '$.progress',
  '$.budget.planned',
  '$.budget.spent',
  '$.budget.remaining',
  '$.participants',
];
const SUMMARY_SELECT = `SELECT id, position, date, note,
  json_extract(data, ${SUMMARY_PATHS.map((p) => `'${p}'`).join(', ')}) AS data, updated_at
  FROM status_snapshot`;

/** The row as it holds the summary `StatusSummarySchema` describes, as JSON text in `data`. */
function withSummary(row: Row): Row {
  const [progress, planned, spent, remaining, participants] = JSON.parse(
    String(row['data']),
  ) as unknown[];
  const summary = { progress, budget: { planned, spent, remaining }, participants };
  return { ...row, data: JSON.stringify(summary) };
}

/** Every marked status in the committee's order, with its figures' summary in place of them. */
export function selectStatusSummariesInOrder(db: Db): Row[] {
  return (cachedStatement(db, `${SUMMARY_SELECT} ORDER BY position, id`).all() as Row[]).map(
    withSummary,
  );
}

/** One marked status with its figures' summary in place of them, or null. */
export function selectStatusSummary(db: Db, id: string): Row | null {
  const row = cachedStatement(db, `${SUMMARY_SELECT} WHERE id = ?`).get(id) as Row | undefined;
  return row ? withSummary(row) : null;
}

/** The stored figures of the marked statuses `ids` that exist, as JSON text by id. */
export function selectStatusFigures(db: Db, ids: readonly string[]): Map<string, string> {
  const statement = cachedStatement(db, `SELECT data FROM status_snapshot WHERE id = ?`).pluck();
  const found = new Map<string, string>();
  for (const id of ids) {
    const text = statement.get(id) as string | undefined;
    if (text !== undefined) found.set(id, text);
  }
  return found;
}

export function insertRow(db: Db, table: string, row: Row): void {
  stampRow(db, table, keyValues(table, row), insertReturning(db, table, row));
}

/**
 * Writes many rows into a new, empty plan file (a whole document, by `fill`): each row is stamped
 * as it goes in, and the totals are written once at the end.
 */
export function insertNewRows(
  db: Db,
  fill: (insert: (table: string, row: Row) => void) => void,
): void {
  let rows = 0;
  let high = 0;
  let low = 0;
  fill((table, row) => {
    const hash = writeChecksum(db, table, keyValues(table, row), insertReturning(db, table, row));
    rows += 1;
    high = (high + hash.high) % 2 ** 32;
    low = (low + hash.low) % 2 ** 32;
  });
  moveTotals(db, rows, high, low);
}

/** Inserts `row` and answers its canonical text, as stored: defaults and all. */
function insertReturning(db: Db, table: string, row: Row): string {
  const cols = Object.keys(row);
  return cachedStatement(
    db,
    `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')})
     VALUES (${cols.map(() => '?').join(', ')})
     RETURNING ${canonicalOf(db, table)}`,
  )
    .pluck()
    .get(...cols.map((c) => row[c] ?? null)) as string;
}

/** Sets `values` (less the key columns) on the row with `key`. */
export function updateRow(db: Db, table: string, key: Row, values: Row): void {
  const keyCols = keyColumnsOf(table);
  const cols = Object.keys(values).filter((c) => !keyCols.includes(c));
  if (cols.length === 0) return;
  const previous = cachedStatement(
    db,
    `SELECT checksum FROM ${ident(table)} WHERE ${where(keyCols)}`,
  )
    .pluck()
    .get(...keyValues(table, key));
  if (previous === undefined) return;
  const canonical = cachedStatement(
    db,
    `UPDATE ${ident(table)} SET ${cols.map((c) => `${ident(c)} = ?`).join(', ')}
     WHERE ${where(keyCols)} RETURNING ${canonicalOf(db, table)}`,
  )
    .pluck()
    .get(...cols.map((c) => values[c] ?? null), ...keyValues(table, key)) as string;
  stampRow(db, table, keyValues(table, key), canonical, previous);
}

export function deleteRow(db: Db, table: string, key: Row): void {
  const cols = keyColumnsOf(table);
  const removed = cachedStatement(
    db,
    `DELETE FROM ${ident(table)} WHERE ${where(cols)} RETURNING checksum`,
  )
    .pluck()
    .all(...keyValues(table, key));
  unstampRows(db, removed);
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
