import type { Cell, Workbook } from 'exceljs';
import type { Language } from '../../../shared/model/enums';
import type { CellKind, CellValue, Column } from '../activity-columns';
import { parseIsoDate } from '../format';
import { CELL_FORMATS } from './cell-formats';

const HEADER_FILL = 'FFE9EFF6';
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
const LONG_TEXT_WIDTH = 60;

/**
 * One sheet as a filterable table: a bold header row that stays in view, an autofilter over
 * the whole range, typed cells and widths that fit the content without running off the screen.
 */
export function addTableSheet<T>(
  workbook: Workbook,
  name: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  lang: Language,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA7B5' } } };
  });
  const widths = columns.map((c) => Math.max(MIN_WIDTH, c.header.length + 2));
  for (const row of rows) {
    const kinds = columns.map((c) => c.rowKind?.(row) ?? c.kind);
    const values = columns.map((c) => c.value(row));
    const added = sheet.addRow(values.map((v, i) => cellValue(kinds[i]!, v)));
    added.alignment = { vertical: 'top' };
    columns.forEach((_, i) => {
      const value = values[i] ?? null;
      formatCell(added.getCell(i + 1), kinds[i]!, value, lang);
      widths[i] = Math.max(widths[i]!, displayLength(kinds[i]!, value));
    });
  }
  columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.kind === 'longText' ? LONG_TEXT_WIDTH : Math.min(widths[i]!, MAX_WIDTH);
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
}

function cellValue(kind: CellKind, value: CellValue): Date | number | string | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return parseIsoDate(value) ?? value;
  // Progress is kept as 0–100 in the plan; a spreadsheet percentage is a fraction.
  if (kind === 'percent' && typeof value === 'number') return value / 100;
  return value;
}

function formatCell(cell: Cell, kind: CellKind, value: CellValue, lang: Language): void {
  const formats = CELL_FORMATS[lang];
  switch (kind) {
    case 'date':
      cell.numFmt = formats.date;
      break;
    case 'money':
      cell.numFmt =
        typeof value === 'number' && !Number.isInteger(value)
          ? formats.moneyWithOere
          : formats.money;
      break;
    case 'percent':
      cell.numFmt = formats.percent;
      break;
    case 'integer':
      cell.numFmt = formats.integer;
      break;
    case 'decimal':
      cell.numFmt = formats.decimal;
      break;
    case 'longText':
      cell.alignment = { vertical: 'top', wrapText: true };
      break;
    case 'text':
      if (typeof value === 'string' && value.includes('\n')) {
        cell.alignment = { vertical: 'top', wrapText: true };
      }
      break;
  }
}

function displayLength(kind: CellKind, value: CellValue): number {
  if (value === null) return 0;
  switch (kind) {
    case 'date':
      return 12;
    case 'money':
      return String(Math.round(Number(value))).length + 7;
    case 'percent':
      return 6;
    case 'integer':
    case 'decimal':
      return String(value).length + 2;
    default: {
      const longestLine = String(value)
        .split('\n')
        .reduce((max, line) => Math.max(max, line.length), 0);
      return longestLine + 2;
    }
  }
}
