import { monthsForward } from './months';
import type { YearWheelItem } from './types';

/**
 * Items in the order of the committee's year, beginning with `firstMonth` (the month the plan's
 * period starts; January unless told). Items in the same month keep their order.
 */
export function sortYearWheel<T extends Pick<YearWheelItem, 'month'>>(
  items: readonly T[],
  firstMonth = 1,
): T[] {
  return [...items].sort(
    (a, b) => monthsForward(firstMonth, a.month) - monthsForward(firstMonth, b.month),
  );
}
