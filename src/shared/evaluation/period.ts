import type { Plan } from '../model/entities';
import { addDays, addMonths } from '../progress/dates';
import type { EvaluationPeriod } from './types';

/**
 * The period a new evaluation covers, before the committee adjusts it: from the day after the
 * previous evaluation's period (or the plan's start) to today, or to the plan's end if that has
 * passed. Without either start it is the twelve months up to that end date. Activities that run
 * on after `to` then show as continuing rather than as not carried out.
 */
export function defaultEvaluationPeriod(
  plan: Pick<Plan, 'periodStart' | 'periodEnd'>,
  today: string,
  previous: { periodEnd: string } | null = null,
): EvaluationPeriod {
  const to = plan.periodEnd !== null && plan.periodEnd < today ? plan.periodEnd : today;
  const candidates = [previous ? addDays(previous.periodEnd, 1) : null, plan.periodStart].filter(
    (d): d is string => d !== null && d <= to,
  );
  const from = candidates.length > 0 ? candidates.reduce((a, b) => (a > b ? a : b)) : null;
  return { from: from ?? addDays(addMonths(to, -12), 1), to };
}
