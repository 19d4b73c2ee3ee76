export * from './types';
export {
  formatLongDate,
  MONTH_NAMES,
  monthName,
  wheelText,
  YEAR_WHEEL_KIND_LABELS,
  YEAR_WHEEL_OWNER_LABELS,
} from './labels';
export { avoidJuly, monthDistance, monthsForward, shiftMonth } from './months';
export { sortYearWheel } from './sort';
export { markCorners, YEAR_WHEEL_KIND_SHAPES, type MarkShape } from './marks';
export { defaultWheelMonths, defaultYearWheel } from './default-wheel';
export {
  nextYearWheelItem,
  nextYearWheelMonth,
  type NextItem,
  type UpcomingMonth,
} from './next-item';
export { evaluationDue, type EvaluationDue, type EvaluationDueInput } from './evaluation-due';
export { planYearStatus, type PlanYearStatus } from './plan-year';
