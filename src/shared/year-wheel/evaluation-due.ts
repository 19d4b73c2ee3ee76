import { yearMonthOf } from '../progress/dates';
import type { YearWheelItem } from './types';

export interface EvaluationDueInput {
  wheel: readonly Pick<YearWheelItem, 'month' | 'kind'>[];
  /** The evaluations the plan holds; only their year matters here. */
  evaluations: readonly { year: number }[];
  today: string;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface EvaluationDue {
  /**
   * `due`: the evaluation month has come (or passed) and there is no evaluation for that year.
   * `done`: there is one. `not-yet`: the month has not come within the plan's period.
   */
  state: 'not-yet' | 'due' | 'done';
  /** The month the wheel puts the evaluation in. */
  month: number;
  /** The year of the occurrence concerned; the year a new evaluation made today should carry. */
  year: number;
  /** Whole months since the evaluation month began (when due or done); until it (when not yet). */
  months: number;
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/**
 * Whether the annual evaluation (§ 8, stk. 2) is due. The evaluation month is the wheel's first
 * annual-evaluation item, or the month the period ends when the wheel has none. The occurrence
 * that counts is the latest one reached by `today` that falls within the plan's period; an
 * evaluation covers it when it carries that year. A plan without a period start has nothing to
 * evaluate yet, so it is never due. Null when no evaluation month can be found.
 */
export function evaluationDue(input: EvaluationDueInput): EvaluationDue | null {
  const fromWheel = input.wheel.find((i) => i.kind === 'annual-evaluation')?.month;
  const month = fromWheel ?? (input.periodEnd ? yearMonthOf(input.periodEnd).month : null);
  if (month === null) return null;

  const now = yearMonthOf(input.today);
  const nowIndex = monthIndex(now.year, now.month);
  let year = now.month >= month ? now.year : now.year - 1;
  if (input.periodEnd) {
    const end = yearMonthOf(input.periodEnd);
    while (monthIndex(year, month) > monthIndex(end.year, end.month)) year -= 1;
  }
  const start = input.periodStart ? yearMonthOf(input.periodStart) : null;
  if (!start || monthIndex(year, month) < monthIndex(start.year, start.month)) {
    const next = now.month < month ? now.year : now.year + 1;
    return { state: 'not-yet', month, year: next, months: monthIndex(next, month) - nowIndex };
  }
  const done = input.evaluations.some((e) => e.year === year);
  return { state: done ? 'done' : 'due', month, year, months: nowIndex - monthIndex(year, month) };
}
