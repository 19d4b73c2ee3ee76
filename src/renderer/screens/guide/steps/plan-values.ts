import { parseDate } from '../../../../shared/dates/parse-date';
import type { Plan } from '../../../../shared/model/entities';
import type { PlanPatch } from '../../../store';
import { defaultPeriod } from '../default-period';

/** The first step's fields as typed; a date is its text ("1. jan. 2027", "31.12.2027"), empty ''. */
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
export function initialPlanValues(
  plan: Plan,
  today: Date,
  formatDate: (iso: string) => string,
): PlanValues {
  const period =
    plan.periodStart === null && plan.periodEnd === null
      ? defaultPeriod(today)
      : { start: plan.periodStart ?? '', end: plan.periodEnd ?? '' };
  return {
    title: plan.title,
    organisation: plan.organisation,
    unit: plan.unit,
    periodStart: period.start === '' ? '' : formatDate(period.start),
    periodEnd: period.end === '' ? '' : formatDate(period.end),
  };
}

/** A date field's text as an ISO date; null when empty, undefined when it is no date. */
function isoOf(text: string): string | null | undefined {
  if (text.trim() === '') return null;
  const parsed = parseDate(text);
  return parsed.ok ? parsed.iso : undefined;
}

export function planProblems(values: PlanValues): PlanProblems {
  const problems: PlanProblems = {};
  if (values.title.trim() === '') problems.title = 'titleRequired';
  const start = isoOf(values.periodStart);
  const end = isoOf(values.periodEnd);
  if (start === undefined) problems.periodStart = 'dateInvalid';
  if (end === undefined) problems.periodEnd = 'dateInvalid';
  else if (start && end && end < start) problems.periodEnd = 'dateOrder';
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
  const start = isoOf(values.periodStart);
  const end = isoOf(values.periodEnd);
  if (start !== undefined && start !== plan.periodStart) patch.periodStart = start;
  if (end !== undefined && end !== plan.periodEnd) patch.periodEnd = end;
  return patch;
}
