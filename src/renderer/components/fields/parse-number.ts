import type { Language } from '../../../shared/model/enums';

/**
 * Reads a number the way the reader writes it: "1.250.000" and "2,5" in Danish, "1,250,000" and
 * "2.5" in English. A lone separator followed by other than exactly three digits is taken as the
 * decimal mark, so "2.5" typed on a Danish screen is still two and a half, not twenty-five.
 */
export function parseLocaleNumber(text: string, language: Language): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\+/, '');
  if (compact === '') return null;
  const [group, decimal] = language === 'da' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let normal: string;
  if (grouped.test(compact)) {
    normal = compact.split(group).join('').replace(decimal, '.');
  } else if (compact.includes(decimal) && !compact.includes(group)) {
    normal = compact.replace(decimal, '.');
  } else if (compact.includes(group) && !compact.includes(decimal)) {
    // "2.5" on a Danish screen, "2,5" on an English one: one mark, so it is the decimal one.
    normal = compact.split(group).length === 2 ? compact.replace(group, '.') : compact;
  } else {
    normal = compact;
  }
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return Number.NaN;
  return Number(normal);
}
