import type { Db } from '../db/connection';
import { ident, type SqlValue } from '../db/sql';
import { cachedStatement } from '../db/statement-cache';
import { formatChecksum, hashRow, parseChecksum, type RowHash } from '../db/checksum';
import { ALL_ROW_TABLES } from './tables';

// The checksum every row of a plan carries and the totals the plan row keeps over all of them
// (migration 004), so that a change made outside Omstil is found on opening. Every write of a
// row stamps it here, in the write's own transaction.
//
// What is hashed is the row's canonical text: SQLite's `json_array` of its columns in the
// table's own order, less the bookkeeping columns below. It is typed (5 and "5" differ), writes
// numbers to full precision, and is made by SQLite itself from the stored values, so a row gives
// the same text when it has just been written (`RETURNING`) and when it is read years later.

export const CHECKSUM_COLUMN = 'checksum';

/**
 * The plan row's totals: how many rows carry a checksum (the plan row included), and the sums of
 * their checksums' high and low halves, each modulo 2^32. A sum does not depend on the order of
 * the rows, so an edit moves it by its own rows alone, in one statement.
 */
export const TOTAL_COLUMNS = ['content_rows', 'content_sum_high', 'content_sum_low'] as const;

const BOOKKEEPING = new Set<string>([CHECKSUM_COLUMN, ...TOTAL_COLUMNS]);

/** Every table whose rows carry a checksum, with the columns that identify a row. */
export const CHECKSUMMED_TABLES: Record<string, readonly string[]> = {
  ...ALL_ROW_TABLES,
  history: ['id'],
  change_log: ['seq'],
  change_log_fold: ['id'],
};

/** The columns a checksum of `table` covers, in the table's order. */
export type ColumnsOf = (table: string) => readonly string[];

/**
 * The columns of `table` as this file defines them, less the bookkeeping ones. Read afresh each
 * time, for a migration, which changes the tables it reads.
 */
export function columnsInFile(db: Db, table: string): string[] {
  return withoutBookkeeping(
    db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[],
  );
}

/** A table's columns, in its order, less the checksum and the totals: what a checksum covers. */
export function withoutBookkeeping(columns: Iterable<string>): string[] {
  return [...columns].filter((c) => !BOOKKEEPING.has(c));
}

interface TableText {
  columns: readonly string[];
  /** `"a", "b", …`: the content columns as a select list. */
  list: string;
  /** `json_array("a", "b", …)`: a row's canonical text. */
  canonical: string;
}

const tablesByDb = new WeakMap<Db, Map<string, TableText>>();

/**
 * What `columnsInFile` says, learned once per connection with the select list made of it: for
 * the reads and writes of a file at the current version, whose tables no longer change under it.
 */
function tableText(db: Db, table: string): TableText {
  let tables = tablesByDb.get(db);
  if (!tables) {
    tables = new Map();
    tablesByDb.set(db, tables);
  }
  let text = tables.get(table);
  if (!text) {
    const columns = columnsInFile(db, table);
    text = { columns, list: columns.map(ident).join(', '), canonical: canonicalSql(columns) };
    tables.set(table, text);
  }
  return text;
}

export function contentColumns(db: Db, table: string): readonly string[] {
  return tableText(db, table).columns;
}

/** The content columns of `table` as a select list: what `SELECT *` gives, less bookkeeping. */
export function contentList(db: Db, table: string): string {
  return tableText(db, table).list;
}

/** The SQL expression for the canonical text of a row of `table`. */
export function canonicalOf(db: Db, table: string): string {
  return tableText(db, table).canonical;
}

function canonicalSql(columns: readonly string[]): string {
  return `json_array(${columns.map(ident).join(', ')})`;
}

const where = (cols: readonly string[]) => cols.map((c) => `${ident(c)} = ?`).join(' AND ');

const stampTexts = new Map<string, string>();

function stampSql(table: string): string {
  let text = stampTexts.get(table);
  if (!text) {
    const keyCols = CHECKSUMMED_TABLES[table];
    if (!keyCols) throw new Error(`Unknown table ${table}`);
    text = `UPDATE ${ident(table)} SET checksum = ? WHERE ${where(keyCols)}`;
    stampTexts.set(table, text);
  }
  return text;
}

/** Writes the checksum of a row just written, whose canonical text SQLite gave back. */
export function writeChecksum(
  db: Db,
  table: string,
  key: readonly SqlValue[],
  canonical: string,
): RowHash {
  const hash = hashRow(table, canonical);
  cachedStatement(db, stampSql(table)).run(formatChecksum(hash), ...key);
  return hash;
}

/**
 * Stamps a row just written and moves the totals from the checksum it carried before
 * (`previous`: undefined for a new row) to its new one.
 */
export function stampRow(
  db: Db,
  table: string,
  key: readonly SqlValue[],
  canonical: string,
  previous?: unknown,
): void {
  const hash = writeChecksum(db, table, key, canonical);
  const old = previous === undefined ? null : (parseChecksum(previous) ?? { high: 0, low: 0 });
  moveTotals(db, old ? 0 : 1, hash.high - (old?.high ?? 0), hash.low - (old?.low ?? 0));
}

/** Takes rows just deleted out of the totals, by the checksums they carried. */
export function unstampRows(db: Db, checksums: readonly unknown[]): void {
  if (checksums.length === 0) return;
  let high = 0;
  let low = 0;
  for (const stored of checksums) {
    const hash = parseChecksum(stored);
    if (!hash) continue;
    high -= hash.high;
    low -= hash.low;
  }
  moveTotals(db, -checksums.length, high, low);
}

/** Moves the plan row's totals by `rows` rows and by these sums of checksum halves. */
export function moveTotals(db: Db, rows: number, high: number, low: number): void {
  cachedStatement(
    db,
    `UPDATE plan SET content_rows = content_rows + ?,
       content_sum_high = (content_sum_high + ?) & 4294967295,
       content_sum_low = (content_sum_low + ?) & 4294967295`,
  ).run(rows, high, low);
}

export interface ContentTotals {
  rows: number;
  high: number;
  low: number;
}

/** The totals the plan row keeps, or null when there is no plan row to keep them. */
export function readTotals(db: Db): ContentTotals | null {
  const row = cachedStatement(
    db,
    `SELECT content_rows AS rows, content_sum_high AS high, content_sum_low AS low FROM plan`,
  ).get() as ContentTotals | undefined;
  return row ?? null;
}

/**
 * Every row of `table` as one text: the checksum it carries followed by its canonical text, which
 * begins at the first `[`. One text a row, because opening a plan reads them all, and most of that
 * time goes into making JavaScript values. A file whose columns we did not all write is read by
 * the ones we know (`columns`), so its foreign ones neither hide a change nor make one up.
 */
/**
 * The rows of `table` as `scanRows` gives them, in one piece of UTF-8, a line each, with the
 * number of rows: one value to hand over instead of one a row, which halves what reading a large
 * plan's rows costs. The canonical text is JSON, which writes a line break inside a text as
 * `\n`, so it never holds one; a checksum changed outside Omstil can, and then the lines are not
 * the rows, which the caller sees by their number.
 */
export function scanTable(
  db: Db,
  table: string,
  columns: readonly string[],
): { rows: number; text: Buffer | null } {
  return db
    .prepare(
      `SELECT count(*) AS rows,
              CAST(group_concat(checksum || ${canonicalSql(columns)}, char(10)) AS BLOB) AS text
       FROM ${ident(table)}`,
    )
    .get() as { rows: number; text: Buffer | null };
}

/**
 * One table as the checksum pass read it (`scanTable`), for the reader to build the plan on
 * (`document-from-scan.ts`): the content `columns` in the table's order, and each row's line,
 * ending at its `ends` entry, in `text`.
 */
export interface ScannedTable {
  columns: readonly string[];
  text: Buffer;
  ends: Int32Array;
}

/**
 * The rows of `table` as `scanRows` gives them, one piece of UTF-8 a row, read one at a time: for
 * a table whose one row can hold as much as a whole plan (a marked status's figures, an undo step
 * of a large import), which as one text of the table SQLite builds up, copies and hands over in
 * several copies at once, some hundred megabytes at 50,000 activities.
 */
export function scanRowBytes(
  db: Db,
  table: string,
  columns: readonly string[],
): IterableIterator<Buffer> {
  return db
    .prepare(`SELECT CAST(checksum || ${canonicalSql(columns)} AS BLOB) FROM ${ident(table)}`)
    .pluck()
    .iterate() as IterableIterator<Buffer>;
}

export function scanRows(db: Db, table: string, columns: readonly string[]): string[] {
  return db
    .prepare(`SELECT checksum || ${canonicalSql(columns)} FROM ${ident(table)}`)
    .pluck()
    .all() as string[];
}

/**
 * Stamps every row of `tables` (by their key columns) afresh from its content and sets the totals
 * to match: for a file that had no checksums yet (migration 004), and for one whose content the
 * user accepts as it is after it was changed outside Omstil. Runs inside the caller's transaction.
 */
export function restampAll(
  db: Db,
  tables: Readonly<Record<string, readonly string[]>>,
  columnsOf: ColumnsOf,
): void {
  let rows = 0;
  let high = 0;
  let low = 0;
  for (const [table, keyCols] of Object.entries(tables)) {
    const read = db
      .prepare(
        `SELECT ${keyCols.map(ident).join(', ')}, ${canonicalSql(columnsOf(table))}
         FROM ${ident(table)}`,
      )
      .raw();
    const write = db.prepare(`UPDATE ${ident(table)} SET checksum = ? WHERE ${where(keyCols)}`);
    for (const values of read.all() as SqlValue[][]) {
      const hash = hashRow(table, values[keyCols.length] as string);
      write.run(formatChecksum(hash), ...values.slice(0, keyCols.length));
      rows += 1;
      high = (high + hash.high) % 2 ** 32;
      low = (low + hash.low) % 2 ** 32;
    }
  }
  db.prepare(`UPDATE plan SET content_rows = ?, content_sum_high = ?, content_sum_low = ?`).run(
    rows,
    high,
    low,
  );
}
