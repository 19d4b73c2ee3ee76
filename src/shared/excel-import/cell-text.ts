import type { SheetCell } from './schema';

/** A cell as plain text: what the dialog shows, and what a text field is read from. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.date;
}

export const isEmptyCell = (cell: SheetCell | undefined) => cellText(cell) === '';
