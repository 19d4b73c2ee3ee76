import { foldForSearch } from '../catalog';

/**
 * The form custom titles are grouped by: case, whitespace, accents and the Danish letters folded
 * as the catalogue search folds them, so "Power BI-kursus", "power  bi-kursus" and
 * "Power BI-Kursus " are one group, and "Målstyring" meets "Maalstyring".
 */
export function foldTitle(title: string): string {
  return foldForSearch(title.trim().replace(/\s+/g, ' '));
}
