import { yearMonthOf } from '../progress/dates';
import { monthsForward } from './months';
import type { YearWheelItem } from './types';

export interface UpcomingMonth<T> {
  month: number;
  year: number;
  /** 0 when it is the current month. */
  monthsAway: number;
  /** The items of that month, in the wheel's order. */
  items: T[];
}

/**
 * The next month of the wheel that has items, counting the current month: on 20 March an item in
 * March is still "this month" and is what the start screen should show. Null for an empty wheel.
 */
export function nextYearWheelMonth<T extends Pick<YearWheelItem, 'month'>>(
  wheel: readonly T[],
  today: string,
): UpcomingMonth<T> | null {
  const now = yearMonthOf(today);
  let best: number | null = null;
  for (const item of wheel) {
    const away = monthsForward(now.month, item.month);
    if (best === null || away < best) best = away;
  }
  if (best === null) return null;
  const monthsAway = best;
  const month = ((now.month - 1 + monthsAway) % 12) + 1;
  return {
    month,
    year: now.year + (now.month + monthsAway > 12 ? 1 : 0),
    monthsAway,
    items: wheel.filter((item) => item.month === month),
  };
}

export interface NextItem<T> {
  item: T;
  month: number;
  year: number;
  monthsAway: number;
}

/** The first item of `nextYearWheelMonth`, for the start screen's one line. */
export function nextYearWheelItem<T extends Pick<YearWheelItem, 'month'>>(
  wheel: readonly T[],
  today: string,
): NextItem<T> | null {
  const next = nextYearWheelMonth(wheel, today);
  const item = next?.items[0];
  if (!next || !item) return null;
  return { item, month: next.month, year: next.year, monthsAway: next.monthsAway };
}
