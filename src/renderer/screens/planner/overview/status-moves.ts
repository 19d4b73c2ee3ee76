import type { Plan, PlanStatusDates } from '../../../../shared/model/entities';
import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/model/enums';

type StatusPatch = Pick<Partial<Plan>, 'status' | 'statusDates' | 'decisionDate'>;

const indexOf = (status: PlanStatus) => PLAN_STATUSES.indexOf(status);

/**
 * The date each step was reached. A plan from before the dates were kept still shows when the SU
 * adopted it, from its decision date.
 */
export function stepDates(plan: Pick<Plan, 'statusDates' | 'decisionDate'>): PlanStatusDates {
  return { ...plan.statusDates, adopted: plan.statusDates.adopted ?? plan.decisionDate };
}

/**
 * The patch that moves the plan to `target` today. The step arrived at gets today's date; steps
 * after it are no longer reached and lose theirs; earlier steps keep their history. The decision
 * date follows the adopted step: set when the SU adopts the plan, cleared when it goes back
 * before adoption, kept when it moves on.
 */
export function moveStatus(
  plan: Pick<Plan, 'status' | 'statusDates' | 'decisionDate'>,
  target: PlanStatus,
  today: string,
): StatusPatch {
  const dates = stepDates(plan);
  const next = { ...dates, [target]: today };
  for (const status of PLAN_STATUSES) {
    if (indexOf(status) > indexOf(target)) next[status] = null;
  }
  const patch: StatusPatch = { status: target, statusDates: next };
  if (target === 'adopted') patch.decisionDate = today;
  else if (indexOf(target) < indexOf('adopted')) patch.decisionDate = null;
  else if (next.adopted !== plan.decisionDate) patch.decisionDate = next.adopted;
  return patch;
}

/** The patch for a corrected date of one step; the adopted step's date is the decision date. */
export function correctStepDate(
  plan: Pick<Plan, 'statusDates' | 'decisionDate'>,
  status: PlanStatus,
  date: string | null,
): StatusPatch {
  const patch: StatusPatch = { statusDates: { ...stepDates(plan), [status]: date } };
  if (status === 'adopted') patch.decisionDate = date;
  return patch;
}
