import { yearMonthOf } from '../progress/dates';
import { CALENDAR_TEXTS, DEFAULT_TEXTS, type DefaultItemText } from './default-texts';
import { avoidJuly, monthDistance, shiftMonth } from './months';
import { sortYearWheel } from './sort';
import type { YearWheelItem } from './types';

function item(month: number, text: DefaultItemText): YearWheelItem {
  return {
    month,
    kind: text.kind,
    ownerRole: text.ownerRole,
    title: text.title,
    description: text.description,
    activityIds: [],
    measurementIds: [],
  };
}

/** The months the default wheel places its period-bound items in; exported for the tests. */
export function defaultWheelMonths(periodStart: string | null, periodEnd: string | null = null) {
  const start = periodStart ? yearMonthOf(periodStart).month : 1;
  const end = periodEnd ? yearMonthOf(periodEnd).month : shiftMonth(start, 11);
  // The evaluation comes a month before the period ends, so its decisions can shape the next plan.
  const evaluation = avoidJuly(shiftMonth(end, -1), 'earlier');
  const nextPlan = avoidJuly(end, 'earlier');
  const kickoff = avoidJuly(start, 'later');
  const taken = [kickoff, evaluation, nextPlan];
  // Quarterly status meetings, except where the evaluation meeting is near enough to do the job.
  const status = [3, 6, 9]
    .map((offset) => avoidJuly(shiftMonth(start, offset), 'later'))
    .filter((m) => !taken.includes(m) && monthDistance(m, evaluation) > 1);
  return {
    start,
    kickoff,
    status,
    midMeasurement: avoidJuly(shiftMonth(start, 5), 'later'),
    finalMeasurement: avoidJuly(shiftMonth(evaluation, -1), 'earlier'),
    evaluation,
    nextPlan,
  };
}

/**
 * A first årshjul for a new plan, for the committee to edit: the plan's own rhythm (launch,
 * quarterly status, measurement rounds after the baseline, the annual evaluation near the end of
 * the period, adoption of the next plan) on top of the workplace's calendar (MUS in spring, GRUS,
 * budget in autumn, reminders to check Den Statslige Kompetencefond's current deadlines). Every
 * month has at least one item. Sorted from the period's first month; a plan without a period is
 * taken to follow the calendar year.
 */
export function defaultYearWheel(
  periodStart: string | null,
  periodEnd: string | null = null,
): YearWheelItem[] {
  const m = defaultWheelMonths(periodStart, periodEnd);
  const items: YearWheelItem[] = [
    item(m.kickoff, DEFAULT_TEXTS.kickoff),
    item(m.kickoff, DEFAULT_TEXTS.baseline),
    ...m.status.map((month) => item(month, DEFAULT_TEXTS.status)),
    item(m.midMeasurement, DEFAULT_TEXTS.midMeasurement),
    item(m.finalMeasurement, DEFAULT_TEXTS.finalMeasurement),
    item(m.finalMeasurement, DEFAULT_TEXTS.evaluationPrep),
    item(m.evaluation, DEFAULT_TEXTS.evaluation),
    item(m.nextPlan, DEFAULT_TEXTS.nextPlan),
    ...CALENDAR_TEXTS.map((text) => item(text.month, text)),
  ];
  return sortYearWheel(items, m.start);
}
