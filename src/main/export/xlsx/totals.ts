import type { Row } from 'exceljs';
import { BODY_FONT } from './row-height';
import type { TableSheet } from './table-sheet';

const RULE_COLOR = 'FF1F2A36';
const NOTE_COLOR = 'FF6B7580';

export interface TotalCell {
  /** 1-based column. */
  column: number;
  /** The sum as a formula over the table's rows, so it still adds up after an edit. */
  formula: (range: string, columnLetter: (column: number) => string) => string;
  /** The figure the formula gives for the rows as written, for programs that do not calculate. */
  result: number;
}

/**
 * A bold "total" row right under the table, outside its filter. Each total is a formula over the
 * column with its result stored beside it, so a reader who never recalculates sees the figure
 * the PDF prints, and one who edits a row sees the total follow.
 */
export function addTotalsRow(table: TableSheet, label: string, cells: TotalCell[]): Row | null {
  const { sheet, firstRow, lastRow, numFmts } = table;
  if (lastRow < firstRow) return null;
  const letter = (column: number) => sheet.getColumn(column).letter;
  const row = sheet.addRow([label]);
  for (const total of cells) {
    const range = `${letter(total.column)}${firstRow}:${letter(total.column)}${lastRow}`;
    const cell = row.getCell(total.column);
    cell.value = {
      formula: total.formula(
        range,
        (column) => `${letter(column)}${firstRow}:${letter(column)}${lastRow}`,
      ),
      result: total.result,
    };
    const numFmt = numFmts[total.column - 1];
    if (numFmt) cell.numFmt = numFmt;
  }
  row.font = { ...BODY_FONT, bold: true };
  row.alignment = { vertical: 'top' };
  for (let column = 1; column <= numFmts.length; column++) {
    row.getCell(column).border = { top: { style: 'thin', color: { argb: RULE_COLOR } } };
  }
  return row;
}

/** Lines of explanation under a table, after one empty row. */
export function addNotes(table: TableSheet, notes: readonly string[]): void {
  if (notes.length === 0) return;
  table.sheet.addRow([]);
  for (const note of notes) {
    const row = table.sheet.addRow([note]);
    row.font = { ...BODY_FONT, italic: true, color: { argb: NOTE_COLOR } };
  }
}
