import type { OutsideChangeSummary, PlanPart } from '../../../shared/i18n/outside-changes';
import { ENTITY_KINDS, LINK_KINDS } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import {
  encodedText,
  examineRow,
  tableSeed,
  type EncodedText,
  type ScannedRow,
} from '../db/checksum';
import {
  CHECKSUMMED_TABLES,
  contentColumns,
  readTotals,
  scanRowBytes,
  scanRows,
  scanTable,
  type ColumnsOf,
  type ScannedTable,
} from '../repositories/row-stamps';
import { TABLES_BUILT_FROM_SCAN } from '../repositories/document-from-scan';
import { ENTITY_TABLES, LINK_TABLES, PLAN_TABLE } from '../repositories/tables';

/** The rows of one table whose checksum does not match their content. */
export interface ChangedRows {
  table: string;
  /** Each row's key columns and values, e.g. `{ id: '…' }`. */
  keys: Record<string, unknown>[];
}

/** What was changed in a plan file without Omstil, as its checksums tell it. */
export interface OutsideChanges {
  changed: ChangedRows[];
  /**
   * Rows the plan's totals count that are no longer there. A row another program added (without
   * a checksum) is among the changed ones, not taken as standing in for a deleted one.
   */
  deleted: number;
  /**
   * The totals disagree with the rows in a way neither of the above explains: rows added with
   * checksums of their own (copied from another plan), or the totals themselves changed.
   */
  unexplained: boolean;
}

/**
 * Checks every row's checksum against its content, and the plan row's totals against the
 * checksums the rows carry; null when everything agrees. The file's own columns are read for a
 * file whose schema is ours; a clean copy of a file with foreign parts passes the columns we know
 * (`columnsOf`). Each table the plan is built from (`TABLES_BUILT_FROM_SCAN`), read as one piece,
 * is put in `scanned`, when given, so that the plan can be built from the same read
 * (`documentFromScan`).
 */
export function verifyContent(
  db: Db,
  columnsOf?: ColumnsOf,
  scanned?: Map<string, ScannedTable>,
): OutsideChanges | null {
  const columns = columnsOf ?? ((table: string) => contentColumns(db, table));
  const changed: ChangedRows[] = [];
  const row: ScannedRow = { high: 0, low: 0, carriedHigh: -1, carriedLow: -1, textStart: 0 };
  let rows = 0;
  // Rows with the empty default were written by another program, not changed from one of ours.
  let unstamped = 0;
  let high = 0;
  let low = 0;
  for (const [table, keyCols] of Object.entries(CHECKSUMMED_TABLES)) {
    const tableColumns = columns(table);
    // A table a later version added is not in an older file, which is checked as it is.
    if (tableColumns.length === 0) continue;
    const keys: Record<string, unknown>[] = [];
    const seed = tableSeed(table);
    forEachRow(db, table, tableColumns, scanned, (text, start, end) => {
      rows += 1;
      examineRow(row, seed, text, start, end);
      // The totals sum what the rows carry, so a changed row does not show there a second time.
      if (row.carriedHigh >= 0 && row.carriedLow >= 0) {
        high = (high + row.carriedHigh) >>> 0;
        low = (low + row.carriedLow) >>> 0;
        if (row.carriedHigh === row.high && row.carriedLow === row.low) return;
      }
      if (row.textStart === start) unstamped += 1;
      const canonical = Buffer.from(text.bytes.buffer, text.bytes.byteOffset, text.bytes.length);
      keys.push(keyOf(canonical.toString('utf8', row.textStart, end), tableColumns, keyCols));
    });
    if (keys.length > 0) changed.push({ table, keys });
  }
  const totals = readTotals(db);
  const agree = totals?.rows === rows && totals.high === high && totals.low === low;
  if (agree && changed.length === 0) return null;
  const deleted = Math.max(0, (totals?.rows ?? 0) - (rows - unstamped));
  return { changed, deleted, unexplained: changed.length === 0 && deleted === 0 };
}

/** The tables whose rows can each be as large as a whole plan (see `scanRowBytes`). */
const ROW_BY_ROW = new Set(['status_snapshot', 'history']);

/**
 * Hands each row of `table` to `visit` as a stretch of UTF-8: from the table read as one piece
 * (`scanTable`), which is kept in `scanned` when the plan is built from it, or row by row when its
 * lines are not its rows.
 */
function forEachRow(
  db: Db,
  table: string,
  columns: readonly string[],
  scanned: Map<string, ScannedTable> | undefined,
  visit: (text: EncodedText, start: number, end: number) => void,
): void {
  if (ROW_BY_ROW.has(table)) {
    for (const bytes of scanRowBytes(db, table, columns)) {
      visit(encodedText(bytes), 0, bytes.length);
    }
    return;
  }
  const { rows, text } = scanTable(db, table, columns);
  const keep = TABLES_BUILT_FROM_SCAN.has(table) ? scanned : undefined;
  if (rows === 0) {
    keep?.set(table, { columns, text: Buffer.alloc(0), ends: new Int32Array(0) });
    return;
  }
  const ends = text ? lineEnds(text, rows) : null;
  if (text && ends) {
    keep?.set(table, { columns, text, ends });
    const encoded = encodedText(text);
    let start = 0;
    for (const end of ends) {
      visit(encoded, start, end);
      start = end + 1;
    }
    return;
  }
  for (const scanned of scanRows(db, table, columns)) {
    const bytes = Buffer.from(scanned, 'utf8');
    visit(encodedText(bytes), 0, bytes.length);
  }
}

/** Where each of `count` lines ends, or null when the text holds another number of lines. */
function lineEnds(text: Buffer, count: number): Int32Array | null {
  const ends = new Int32Array(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    const end = text.indexOf(0x0a, start);
    if (end < 0) {
      if (i !== count - 1) return null;
      ends[i] = text.length;
      return ends;
    }
    ends[i] = end;
    start = end + 1;
  }
  return null;
}

function keyOf(
  canonical: string,
  columns: readonly string[],
  keyCols: readonly string[],
): Record<string, unknown> {
  const values = JSON.parse(canonical) as unknown[];
  return Object.fromEntries(keyCols.map((c) => [c, values[columns.indexOf(c)] ?? null]));
}

/** The part of a plan each table holds, in the order a message names them. */
const PARTS: [string, PlanPart][] = [
  ...ENTITY_KINDS.map((kind): [string, PlanPart] => [ENTITY_TABLES[kind].table, kind]),
  ...LINK_KINDS.map((kind): [string, PlanPart] => [LINK_TABLES[kind].table, kind]),
  [PLAN_TABLE.table, 'plan'],
  ['history', 'history'],
  ['change_log', 'changeLog'],
  // What was folded out of the log is part of the log, as far as the user is concerned.
  ['change_log_fold', 'changeLog'],
];

/** The changes counted by the parts of the plan the user knows, for the message. */
export function summaryOf(changes: OutsideChanges): OutsideChangeSummary {
  const counts = new Map(changes.changed.map((c) => [c.table, c.keys.length]));
  return {
    changed: PARTS.flatMap(([table, part]) => {
      const count = counts.get(table);
      return count ? [{ part, count }] : [];
    }),
    deleted: changes.deleted,
    unexplained: changes.unexplained,
  };
}
