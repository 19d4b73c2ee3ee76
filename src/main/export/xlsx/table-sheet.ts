import type { Alignment, Font, Style, ValueType, Workbook, Worksheet } from 'exceljs';
import type { Language } from '../../../shared/model/enums';
import type { CellKind, CellValue, Column } from '../activity-columns';
import { parseIsoDate } from '../format';
import { CELL_FORMATS } from './cell-formats';
import { printOptions, type PrintHeading } from './print-setup';
import { BODY_FONT, rowHeight, wrappedLines } from './row-height';
import { ROWS_BETWEEN_WAITS, zipCaughtUp } from './zip-pace';

const HEADER_FILL = 'FFE9EFF6';
const MUTED_COLOR = 'FF6B7580';
const MIN_WIDTH = 8;
/** Short texts wider than this wrap, so that a sheet of many columns still prints legibly. */
const MAX_WIDTH = 30;
const LONG_TEXT_WIDTH = 45;

// The data rows' styles, made once and shared. exceljs knows a style object it has seen before;
// one made for each cell it writes out as XML again to look it up, and together with a font
// object spread for every cell of a cancelled row that left some 45 MB in the heap's old
// generation at 20,000 activities (garbage, but kept until a full collection that did not come
// before the export was done) and took half of the workbook's CPU time. exceljs does not change
// the style objects it is given.
const TOP: Partial<Alignment> = { vertical: 'top' };
const TOP_WRAPPED: Partial<Alignment> = { vertical: 'top', wrapText: true };
const MUTED_FONT: Partial<Font> = { ...BODY_FONT, italic: true, color: { argb: MUTED_COLOR } };
const MUTED_STRUCK_FONT: Partial<Font> = { ...MUTED_FONT, strike: true };

export interface TableSheetOptions<T> {
  lang: Language;
  print: PrintHeading;
  /** Rows that no longer count, such as cancelled activities: grey and italic, money struck. */
  muted?: (row: T) => boolean;
}

/** What the caller needs to add totals under the table. */
export interface TableSheet {
  sheet: Worksheet;
  /** The first and last data rows, 1-based; last < first when there are none. */
  firstRow: number;
  lastRow: number;
  /** Each column's number format, the same for every cell in it. */
  numFmts: (string | undefined)[];
}

/**
 * One sheet as a filterable table: a bold header row that stays in view and prints on every page,
 * an autofilter over the whole range, typed cells with one format per column, empty cells where
 * nothing is given, and widths and row heights that fit the content.
 *
 * The workbook is streamed, and a streamed sheet writes its column widths before its first row
 * and each row once it is committed: so the rows are read twice, once for the widths and the
 * formats and once to write them, rather than kept. Every few hundred rows it waits for the zip to
 * take them, so that a long sheet is not held in memory as XML either.
 */
export async function addTableSheet<T>(
  workbook: Workbook,
  name: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  options: TableSheetOptions<T>,
): Promise<TableSheet> {
  const { lang } = options;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    ...printOptions(options.print),
  });

  const cellsOf = (row: T) => ({
    kinds: columns.map((c) => c.rowKind?.(row) ?? c.kind),
    values: columns.map((c) => present(c.value(row))),
  });
  const widths = columns.map((c) => Math.max(MIN_WIDTH, longestWord(c.header) + 2));
  const withOere = columns.map(() => false);
  for (const row of rows) {
    const { kinds, values } = cellsOf(row);
    values.forEach((value, i) => {
      widths[i] = Math.max(widths[i]!, displayLength(kinds[i]!, value));
      if (typeof value === 'number' && !Number.isInteger(value)) withOere[i] = true;
    });
  }
  const numFmts = columns.map((c, i) => columnFormat(c.kind, withOere[i]!, lang));
  const finalWidths = columns.map((c, i) =>
    c.kind === 'longText' ? LONG_TEXT_WIDTH : Math.min(widths[i]!, MAX_WIDTH),
  );
  finalWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { ...BODY_FONT, bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA7B5' } } };
  });
  header.height = rowHeight(
    Math.max(...columns.map((c, i) => wrappedLines(c.header, finalWidths[i]!))),
  );
  header.commit();

  const styleOf = sheetStyles();
  let written = 0;
  for (const row of rows) {
    if (++written % ROWS_BETWEEN_WAITS === 0) await zipCaughtUp(sheet);
    const { kinds, values } = cellsOf(row);
    const added = sheet.addRow(values.map((v, i) => cellValue(kinds[i]!, v)));
    added.alignment = TOP;
    const muted = options.muted?.(row) ?? false;
    let lines = 1;
    columns.forEach((_, i) => {
      const cell = added.getCell(i + 1);
      const kind = kinds[i]!;
      const value = values[i] ?? null;
      let wrapped = kind === 'longText';
      if (typeof value === 'string' && (kind === 'longText' || kind === 'text')) {
        const taken = wrappedLines(value, finalWidths[i]!);
        if (taken > 1) wrapped = true;
        lines = Math.max(lines, taken);
      }
      const font = muted ? (kind === 'money' ? MUTED_STRUCK_FONT : MUTED_FONT) : undefined;
      cell.style = styleOf(cell.type, rowFormat(kind, numFmts[i], lang), wrapped, font);
    });
    if (lines > 1) added.height = rowHeight(lines);
    added.commit();
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
  return { sheet, firstRow: 2, lastRow: rows.length + 1, numFmts };
}

/** A cell with nothing in it stays empty: no "" and no empty list. */
function present(value: CellValue): CellValue {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

function cellValue(kind: CellKind, value: CellValue): Date | number | string | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return parseIsoDate(value) ?? value;
  // Progress is kept as 0–100 in the plan; a spreadsheet percentage is a fraction.
  if (kind === 'percent' && typeof value === 'number') return value / 100;
  return value;
}

/**
 * A column's number format. Money shows øre in every cell of the column when any amount has
 * them (`withOere`), so the amounts stand aligned and one column never mixes two formats.
 */
function columnFormat(kind: CellKind, withOere: boolean, lang: Language): string | undefined {
  const formats = CELL_FORMATS[lang];
  switch (kind) {
    case 'date':
      return formats.date;
    case 'money':
      return withOere ? formats.moneyWithOere : formats.money;
    case 'percent':
      return formats.percent;
    case 'integer':
      return formats.integer;
    case 'decimal':
      return formats.decimal;
    default:
      return undefined;
  }
}

/** A row's own kind (the plan sheet's values differ by row) may need a format of its own. */
function rowFormat(kind: CellKind, columnFmt: string | undefined, lang: Language) {
  return columnFmt ?? columnFormat(kind, false, lang);
}

/**
 * A data cell's style, one object for each look. The cell's type is part of it: exceljs gives a
 * style it has seen the id it gave it before, and a style without a number format is written
 * differently for a number than for a text.
 */
function sheetStyles() {
  const made = new Map<string, Partial<Style>>();
  return (
    type: ValueType,
    numFmt: string | undefined,
    wrapped: boolean,
    font: Partial<Font> | undefined,
  ): Partial<Style> => {
    const key = `${type}|${numFmt ?? ''}|${wrapped}|${font === MUTED_STRUCK_FONT ? 'struck' : font ? 'muted' : ''}`;
    let style = made.get(key);
    if (!style) {
      style = {
        alignment: wrapped ? TOP_WRAPPED : TOP,
        ...(numFmt ? { numFmt } : {}),
        ...(font ? { font } : {}),
      };
      made.set(key, style);
    }
    return style;
  };
}

function longestWord(text: string): number {
  return text.split(/\s+/).reduce((max, word) => Math.max(max, word.length), 0);
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
