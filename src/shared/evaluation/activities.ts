import type { Activity } from '../model/entities';
import type { EvaluationActivities, EvaluationActivity } from '../model/stored/evaluation-figures';
import { countByStatus } from '../progress/status-counts';
import type { EvaluationPeriod } from './types';

function row(a: Activity): EvaluationActivity {
  return {
    activityId: a.id,
    title: a.title,
    status: a.status,
    start: a.start,
    end: a.end,
    progress: a.progress,
    budget: a.budget,
    spent: a.spent,
    participantsPlanned: a.participantsPlanned,
    participantsReached: a.participantsReached,
  };
}

/** The date that places an activity in a period: its end, or its start when it has no end. */
export function periodDate(a: Pick<Activity, 'start' | 'end'>): string | null {
  return a.end ?? a.start;
}

export function activitiesInPeriod(
  activities: readonly Activity[],
  period: EvaluationPeriod,
): Activity[] {
  return activities.filter((a) => {
    const date = periodDate(a);
    return date !== null && date >= period.from && date <= period.to;
  });
}

export function evaluationActivities(
  activities: readonly Activity[],
  period: EvaluationPeriod,
): EvaluationActivities {
  const scoped = activitiesInPeriod(activities, period);
  return {
    inPeriod: scoped.length,
    byStatus: countByStatus(scoped),
    carriedOut: scoped.filter((a) => a.status === 'done').map(row),
    notCarriedOut: scoped.filter((a) => a.status !== 'done').map(row),
    continuing: activities
      .filter(
        (a) =>
          a.status !== 'cancelled' &&
          a.status !== 'done' &&
          a.end !== null &&
          a.end > period.to &&
          a.start !== null &&
          a.start <= period.to,
      )
      .map(row),
    undated: activities.filter((a) => periodDate(a) === null).map(row),
  };
}
