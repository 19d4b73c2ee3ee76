import type { PlanDocument } from '../../../../shared/model/document';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../../shared/model/enums';

export interface ProgressSummary {
  byStatus: Record<ActivityStatus, number>;
  activities: number;
  /** Mean progress of the activities that are not cancelled, 0–100; null without any. */
  averageProgress: number | null;
  budget: number;
  spent: number;
  participantsPlanned: number;
  participantsReached: number;
  competencesWithoutActivity: number;
}

/** The plain arithmetic behind the progress screen; issue 7 builds the full follow-up on it. */
export function summarise(doc: PlanDocument): ProgressSummary {
  const byStatus = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<
    ActivityStatus,
    number
  >;
  let budget = 0;
  let spent = 0;
  let planned = 0;
  let reached = 0;
  let progressSum = 0;
  let counted = 0;
  const linked = new Set<string>();
  for (const a of doc.activities) {
    byStatus[a.status] += 1;
    budget += a.budget;
    spent += a.spent;
    planned += a.participantsPlanned;
    reached += a.participantsReached;
    if (a.status !== 'cancelled') {
      progressSum += a.progress;
      counted += 1;
    }
    for (const id of a.competenceIds) linked.add(id);
  }
  return {
    byStatus,
    activities: doc.activities.length,
    averageProgress: counted === 0 ? null : Math.round(progressSum / counted),
    budget,
    spent,
    participantsPlanned: planned,
    participantsReached: reached,
    competencesWithoutActivity: doc.competences.filter((c) => !linked.has(c.id)).length,
  };
}

/** A share in whole percent, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}
