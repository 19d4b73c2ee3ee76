import { COMMON_WORDS } from '../i18n/common-words';
import { cellText } from './cell-text';
import type { SheetRow } from './schema';

// A list kept in Excel often ends in a row that adds the money columns up, and Omstil's own
// activities sheet always does (»I alt«, with notes on the totals below it). Such rows describe
// the table; read as activities they would add an activity called »I alt« with the whole
// budget as its own.

/** The words a totals row opens with, folded; Omstil's own label in both languages among them. */
const TOTAL_WORDS = new Set(
  [COMMON_WORDS.total.da, COMMON_WORDS.total.en, 'Sum', 'Totalt', 'I alt kr.', 'Samlet'].map(fold),
);

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[:.]+$/, '')
    .trim();
}

const filled = (row: SheetRow) => row.cells.filter((cell) => cellText(cell) !== '');

/** A row whose first filled cell is the text »I alt«, »Total« or »Sum« (a colon after it, too). */
export function isTotalsRow(row: SheetRow): boolean {
  const first = filled(row)[0];
  return typeof first === 'string' && TOTAL_WORDS.has(fold(first));
}

/**
 * A row under a totals row with one text in it and nothing else: a note on the table (Omstil
 * writes why the totals are what they are there), not an activity.
 */
export function isNoteUnderTotals(row: SheetRow): boolean {
  const cells = filled(row);
  return cells.length === 1 && typeof cells[0] === 'string';
}
