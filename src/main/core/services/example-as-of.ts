import type { PlanDocument } from '../../../shared/model/document';
import type { Activity } from '../../../shared/model/entities';

/**
 * The activities roughly as they stood on `date`: not yet begun if they start later; under way
 * and pro rata if they were running; as written if they had ended. Good enough for an example,
 * which is all it is used for.
 */
export function activitiesAsOf(activities: readonly Activity[], date: string): Activity[] {
  return activities.map((a) => {
    if (a.status === 'cancelled' || a.status === 'idea') return a;
    if (a.start === null || a.start > date) {
      return { ...a, status: 'planned', progress: 0, spent: 0, participantsReached: 0 };
    }
    if (a.end === null || a.end <= date) return a;
    const share =
      (Date.parse(date) - Date.parse(a.start)) / (Date.parse(a.end) - Date.parse(a.start));
    const part = (n: number) => Math.round(n * Math.min(1, share));
    return {
      ...a,
      status: 'in-progress',
      // Under way is not finished, however close to its end date it is.
      progress: Math.min(a.progress, part(100), 99),
      spent: part(a.spent),
      participantsReached: part(a.participantsReached),
    };
  });
}

/**
 * The example as it stands on `today`: nothing done that has not ended, no measurement not yet
 * taken. The example is written as the whole year will go; this cuts it at today.
 */
export function exampleAsOf(doc: PlanDocument, today: string): PlanDocument {
  return {
    ...doc,
    activities: activitiesAsOf(doc.activities, today),
    measurements: doc.measurements.filter((m) => m.date <= today),
  };
}
