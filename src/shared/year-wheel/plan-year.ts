import { evaluationDue, type EvaluationDue, type EvaluationDueInput } from './evaluation-due';
import { nextYearWheelItem, type NextItem } from './next-item';
import type { YearWheelItem } from './types';

export interface PlanYearStatus {
  next: NextItem<YearWheelItem> | null;
  evaluation: EvaluationDue | null;
}

/** Where a plan stands in its year, for one line per recent plan on the start screen. */
export function planYearStatus(
  input: EvaluationDueInput & { wheel: readonly YearWheelItem[] },
): PlanYearStatus {
  return { next: nextYearWheelItem(input.wheel, input.today), evaluation: evaluationDue(input) };
}
