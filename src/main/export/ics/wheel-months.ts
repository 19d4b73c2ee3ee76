import type { Plan } from '../../../shared/model/entities';
import { addMonths, yearMonthOf } from '../../../shared/progress/dates';

/** The months, counted as year × 12 + month − 1, that the årshjul is laid out over. */
export interface WheelSpan {
  first: number;
  last: number;
}

/**
 * The plan's year(s) for the årshjul, which stores a month without a year: the plan period
 * from its first month to its last, and at least the twelve months from its start, so every item
 * comes once even in a period shorter than a year. Without a period it is the calendar year of
 * the export.
 */
export function wheelSpan(plan: Pick<Plan, 'periodStart' | 'periodEnd'>, now: Date): WheelSpan {
  const { periodStart, periodEnd } = plan;
  const start =
    periodStart ?? (periodEnd ? addMonths(periodEnd, -11) : `${now.getUTCFullYear()}-01-01`);
  const first = monthIndex(start);
  const last = Math.max(first + 11, periodEnd ? monthIndex(periodEnd) : first + 11);
  return { first, last };
}

/** Where an item in `month` first falls in the span, and how many years it comes. */
export function occurrences(span: WheelSpan, month: number): { year: number; count: number } {
  const firstYear = Math.floor(span.first / 12);
  const year = firstYear * 12 + month - 1 >= span.first ? firstYear : firstYear + 1;
  const index = year * 12 + month - 1;
  return { year, count: Math.floor((span.last - index) / 12) + 1 };
}

function monthIndex(iso: string): number {
  const { year, month } = yearMonthOf(iso);
  return year * 12 + month - 1;
}
