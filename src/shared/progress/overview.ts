import type { PlanDocument } from '../model/document';
import type { ProgressOverview } from '../model/stored/status-snapshot';
import { budgetTotals } from './budget';
import { competenceProgress } from './competence-progress';
import { participantTotals } from './participants';
import { DEFAULT_STARTING_SOON_DAYS, overdueActivities, startingSoonActivities } from './schedule';
import { countByStatus } from './status-counts';
import { weightedProgress } from './weighted-progress';

export interface ProgressOptions {
  /** How far ahead "starting soon" looks, in days; 30 unless told. */
  startingSoonDays?: number;
}

/** Every figure of the progress overview for the plan as it stands on `today`. */
export function progressOverview(
  doc: Pick<PlanDocument, 'competences' | 'activities'>,
  today: string,
  options: ProgressOptions = {},
): ProgressOverview {
  return {
    date: today,
    byStatus: countByStatus(doc.activities),
    progress: weightedProgress(doc.activities),
    overdue: overdueActivities(doc.activities, today),
    startingSoon: startingSoonActivities(
      doc.activities,
      today,
      options.startingSoonDays ?? DEFAULT_STARTING_SOON_DAYS,
    ),
    budget: budgetTotals(doc.activities),
    participants: participantTotals(doc.activities),
    competences: competenceProgress(doc),
  };
}
