import { cellText } from './cell-text';
import { parseDanishDate, type DateSide } from './danish-date';
import { moneyFromNumber, parseDanishMoney } from './danish-money';
import { rowMessages } from './messages';
import type {
  ColumnMapping,
  ImportField,
  ReadActivity,
  RowProblem,
  SheetCell,
  SheetRow,
} from './schema';
import { statusFromWord } from './status-words';
import { isNoteUnderTotals, isTotalsRow } from './totals-row';

// The rows below the header read into activities by the mapping: each cell by its field's rule,
// each row that cannot be read kept aside with its number and why. Pure, so the preview and the
// import read alike.

const TITLE_MAX = 300;
const DESCRIPTION_MAX = 5000;
const FUNDING_MAX = 300;
const NAME_MAX = 200;

export interface ReadRows {
  activities: ReadActivity[];
  problems: RowProblem[];
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: RowProblem['reason'] };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });

function readText(cell: SheetCell | undefined, max: number): Read<string> {
  const text = cellText(cell);
  return text.length > max ? { ok: false, reason: rowMessages.tooLong(max) } : ok(text);
}

function readDate(cell: SheetCell | undefined, side: DateSide): Read<string | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === 'object') return ok(cell.date);
  if (typeof cell === 'number') return { ok: false, reason: rowMessages.numberNotDate(cell) };
  const text = cellText(cell);
  if (text === '') return ok(null);
  const parsed = parseDanishDate(text, side);
  return parsed.ok ? ok(parsed.date) : { ok: false, reason: rowMessages.notADate(text) };
}

function readMoney(cell: SheetCell | undefined): Read<number | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const parsed = typeof cell === 'number' ? moneyFromNumber(cell) : parseDanishMoney(text);
  return parsed.ok ? ok(parsed.amount) : { ok: false, reason: rowMessages.notAnAmount(text) };
}

function readCount(cell: SheetCell | undefined): Read<number | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const plain =
    typeof cell === 'number'
      ? cell
      : /^\d{1,3}(\.\d{3})*$|^\d+$/.test(text)
        ? Number(text.replace(/\./g, ''))
        : Number.NaN;
  return Number.isInteger(plain) && plain >= 0 && plain <= 10_000_000
    ? ok(plain)
    : { ok: false, reason: rowMessages.notACount(text) };
}

function readStatus(cell: SheetCell | undefined): Read<ReadActivity['status']> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const status = statusFromWord(text);
  return status ? ok(status) : { ok: false, reason: rowMessages.unknownStatus(text) };
}

/** Several names in one cell, as Omstil's own export writes them: separated by ";" or lines. */
function readNames(cell: SheetCell | undefined): Read<string[]> {
  const names = cellText(cell)
    .split(/[;\n]/)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n !== '');
  const long = names.find((n) => n.length > NAME_MAX);
  return long ? { ok: false, reason: rowMessages.tooLong(NAME_MAX) } : ok([...new Set(names)]);
}

/** The mapped columns' cells of a row, by field. */
function cellsByField(row: SheetRow, columns: ColumnMapping): Map<ImportField, SheetCell> {
  const cells = new Map<ImportField, SheetCell>();
  columns.forEach((field, i) => {
    if (field !== null) cells.set(field, row.cells[i] ?? null);
  });
  return cells;
}

/**
 * Reads the data rows (those below the header) with the mapping; empty rows are left out, and a
 * totals row and the notes right under it are passed over with the reason.
 */
export function readActivityRows(rows: readonly SheetRow[], columns: ColumnMapping): ReadRows {
  const activities: ReadActivity[] = [];
  const problems: RowProblem[] = [];
  let underTotals = false;
  for (const row of rows) {
    const cells = cellsByField(row, columns);
    if ([...cells.values()].every((c) => cellText(c) === '')) continue;
    if (isTotalsRow(row)) {
      problems.push({ row: row.row, field: null, reason: rowMessages.totalsRow });
      underTotals = true;
      continue;
    }
    if (underTotals && isNoteUnderTotals(row)) {
      problems.push({ row: row.row, field: null, reason: rowMessages.noteUnderTotals });
      continue;
    }
    underTotals = false;
    const before = problems.length;
    const take = <T>(field: ImportField, read: Read<T>, empty: T): T => {
      if (read.ok) return read.value;
      problems.push({ row: row.row, field, reason: read.reason });
      return empty;
    };
    const get = (field: ImportField) => cells.get(field);
    const title = take('title', readText(get('title'), TITLE_MAX), '');
    if (title === '' && problems.length === before) {
      problems.push({ row: row.row, field: 'title', reason: rowMessages.noTitle });
    }
    const owner = take('owner', readText(get('owner'), NAME_MAX), '');
    const start = take('start', readDate(get('start'), 'start'), null);
    const end = take('end', readDate(get('end'), 'end'), null);
    if (start !== null && end !== null && end < start) {
      problems.push({ row: row.row, field: 'end', reason: rowMessages.endBeforeStart });
    }
    const activity: ReadActivity = {
      row: row.row,
      title,
      description: take('description', readText(get('description'), DESCRIPTION_MAX), ''),
      owner: owner === '' ? null : owner.replace(/\s+/g, ' '),
      start,
      end,
      status: take('status', readStatus(get('status')), null),
      budget: take('budget', readMoney(get('budget')), null),
      spent: take('spent', readMoney(get('spent')), null),
      funding: take('funding', readText(get('funding'), FUNDING_MAX), ''),
      participants: take('participants', readCount(get('participants')), null),
      competences: take('competence', readNames(get('competence')), []),
      targetGroups: take('targetGroup', readNames(get('targetGroup')), []),
    };
    if (problems.length === before) activities.push(activity);
  }
  return { activities, problems };
}
