import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { errors, OmstilError } from '../../../shared/errors';
import { dateCellDay } from '../../../shared/excel-import/danish-date';
import { workbookMessages } from '../../../shared/excel-import/messages';
import {
  OMSTIL_CREATOR,
  PLAN_COPY_MARK,
  PLAN_COPY_SHEET,
} from '../../../shared/excel-import/plan-copy';
import type { SheetCell, SheetRow } from '../../../shared/excel-import/schema';

// A workbook as plain cells: the only module of the import that knows exceljs, loaded when a
// workbook is first read so that the commands that read none start without it.

/** At most this many columns are read: a committee's list is far narrower. */
const MAX_COLUMNS = 200;

export type Workbook = ExcelJS.Workbook;

/** The workbook at `path`, or the typed error saying why it cannot be read. */
export async function loadWorkbook(path: string): Promise<Workbook> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new OmstilError(
      code === 'ENOENT' ? errors.notFound(path) : errors.io(path, String(code)),
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new OmstilError(errors.workbookRefused(workbookMessages.notAWorkbook(basename(path))));
  }
  return workbook;
}

/** The sheets a user sees, in the workbook's order. */
export function visibleSheets(workbook: Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
}

/** A cell's value as the import reads it: a formula as its result, rich text as its text. */
function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const day = dateCellDay(value);
    return day === null ? null : { date: day };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellValue((value as ExcelJS.CellFormulaValue).result);
  }
  if ('hyperlink' in value) return cellValue(value.text);
  if ('error' in value) return null;
  return null;
}

/**
 * Rows `from` to `to` (as Excel numbers them) of a sheet; a merged cell's value is read in every
 * cell it covers, so a header merged over two columns names both. Empty rows come back empty.
 */
export function sheetRows(sheet: ExcelJS.Worksheet, from: number, to: number): SheetRow[] {
  const last = Math.min(to, sheet.rowCount);
  const width = Math.min(sheet.columnCount, MAX_COLUMNS);
  const rows: SheetRow[] = [];
  for (let r = from; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push({ row: r, cells });
  }
  return rows;
}

/** The plan text Omstil's own export keeps in its hidden sheet; null in any other workbook. */
export function planCopyText(workbook: Workbook): string | null {
  const sheet = workbook.getWorksheet(PLAN_COPY_SHEET);
  if (!sheet || sheet.getCell(1, 1).value !== PLAN_COPY_MARK) return null;
  const pieces: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const value = cellValue(sheet.getCell(r, 1).value);
    if (typeof value === 'string') pieces.push(value);
  }
  return pieces.join('');
}

/** Whether Omstil wrote the workbook, with or without its plan's data. */
export function writtenByOmstil(workbook: Workbook): boolean {
  return workbook.creator === OMSTIL_CREATOR;
}
