import type { z } from 'zod';
import type { Activity, Evaluation, Plan } from './entities';

/**
 * Rules that span more than one field. They run on the whole row after a patch is merged, so a
 * user who moves an end date before its start is told about the end date, whichever of the two
 * fields they touched last.
 */
export type Issue = { path: (string | number)[]; message: string };

export function planRules(plan: Pick<Plan, 'periodStart' | 'periodEnd'>): Issue[] {
  if (plan.periodStart && plan.periodEnd && plan.periodEnd < plan.periodStart) {
    return [{ path: ['periodEnd'], message: 'date-order' }];
  }
  return [];
}

export function activityRules(activity: Pick<Activity, 'start' | 'end'>): Issue[] {
  if (activity.start && activity.end && activity.end < activity.start) {
    return [{ path: ['end'], message: 'date-order' }];
  }
  return [];
}

export function evaluationRules(
  evaluation: Pick<Evaluation, 'periodStart' | 'periodEnd'>,
): Issue[] {
  if (evaluation.periodEnd < evaluation.periodStart) {
    return [{ path: ['periodEnd'], message: 'date-order' }];
  }
  return [];
}

/** The years that more than one evaluation claims; the agreement asks for one a year. */
export function duplicateEvaluationYears(
  evaluations: readonly Pick<Evaluation, 'year'>[],
): number[] {
  const seen = new Set<number>();
  const twice = new Set<number>();
  for (const { year } of evaluations) (seen.has(year) ? twice : seen).add(year);
  return [...twice].sort((a, b) => a - b);
}

export function addIssues(ctx: z.RefinementCtx, issues: Issue[]): void {
  for (const issue of issues)
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}
