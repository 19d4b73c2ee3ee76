import type { Plan } from '../../../../shared/model/entities';
import type { PlanPatch } from '../../../store';
import { defaultPeriod } from '../default-period';

/** The first step's fields as typed; an empty date is ''. */
export interface PlanValues {
  title: string;
  organisation: string;
  unit: string;
  periodStart: string;
  periodEnd: string;
}

export type PlanProblem = 'titleRequired' | 'dateInvalid' | 'dateOrder';
export type PlanProblems = Partial<Record<keyof PlanValues, PlanProblem>>;

/** The plan as it is, with a sensible period offered when it has none yet. */
export function initialPlanValues(plan: Plan, today: Date): PlanValues {
  const period =
    plan.periodStart === null && plan.periodEnd === null
      ? defaultPeriod(today)
      : { start: plan.periodStart ?? '', end: plan.periodEnd ?? '' };
  return {
    title: plan.title,
    organisation: plan.organisation,
    unit: plan.unit,
    periodStart: period.start,
    periodEnd: period.end,
  };
}

/** `badDate` says which date inputs hold a half-typed date the browser reports as ''. */
export function planProblems(
  values: PlanValues,
  badDate: { periodStart: boolean; periodEnd: boolean },
): PlanProblems {
  const problems: PlanProblems = {};
  if (values.title.trim() === '') problems.title = 'titleRequired';
  if (badDate.periodStart) problems.periodStart = 'dateInvalid';
  if (badDate.periodEnd) problems.periodEnd = 'dateInvalid';
  else if (
    values.periodStart !== '' &&
    values.periodEnd !== '' &&
    values.periodEnd < values.periodStart
  )
    problems.periodEnd = 'dateOrder';
  return problems;
}

/** Only what differs from the plan, so moving on without changes writes nothing. */
export function planPatch(plan: Plan, values: PlanValues): PlanPatch {
  const patch: PlanPatch = {};
  const title = values.title.trim();
  if (title !== plan.title) patch.title = title;
  if (values.organisation.trim() !== plan.organisation)
    patch.organisation = values.organisation.trim();
  if (values.unit.trim() !== plan.unit) patch.unit = values.unit.trim();
  const start = values.periodStart === '' ? null : values.periodStart;
  const end = values.periodEnd === '' ? null : values.periodEnd;
  if (start !== plan.periodStart) patch.periodStart = start;
  if (end !== plan.periodEnd) patch.periodEnd = end;
  return patch;
}
