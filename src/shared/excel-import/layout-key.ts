import { foldForSearch } from '../catalog';
import type { SheetCell } from './schema';
import { cellText } from './cell-text';

/**
 * A workbook layout's key: the header texts folded, column by column. The same list kept month
 * after month in a new file has the same key, so its mapping is found again.
 */
export function layoutKey(headers: readonly SheetCell[]): string {
  const texts = headers.map((h) => foldForSearch(cellText(h)).replace(/\s+/g, ' ').trim());
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts.join('\u001f');
}
