import type { EntityKind } from '../model/enums';

/**
 * The rows with a start and an end date, by the model's field names. Each copy of a plan keeps
 * its own dates in order; a merge that takes the start from one copy and the end from the other
 * may not, so these are the pairs a merge checks.
 */
export const DATE_ORDER_PAIRS: Readonly<
  Partial<Record<EntityKind | 'plan', readonly [start: string, end: string]>>
> = {
  plan: ['periodStart', 'periodEnd'],
  activity: ['start', 'end'],
  evaluation: ['periodStart', 'periodEnd'],
};

/**
 * Whether an end date lies before its start: the one thing a merge may not produce. Dates are
 * ISO (yyyy-mm-dd), which order as text; a missing date puts nothing out of order.
 */
export function endsBeforeStart(start: unknown, end: unknown): boolean {
  return typeof start === 'string' && typeof end === 'string' && end < start;
}
