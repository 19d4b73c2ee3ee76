import type { PlanDocument } from '../model/document';
import {
  SNAPSHOT_VERSION,
  type ProgressOverview,
  type StatusSnapshot,
} from '../model/stored/status-snapshot';
import { progressOverview, type ProgressOptions } from './overview';

export function createSnapshot(
  doc: Pick<PlanDocument, 'competences' | 'activities'>,
  today: string,
  options: ProgressOptions = {},
): StatusSnapshot {
  return snapshotOf(progressOverview(doc, today, options), doc.activities);
}

/** A status from figures already worked out for the same activities, as the progress screen has. */
export function snapshotOf(
  overview: ProgressOverview,
  activities: PlanDocument['activities'],
): StatusSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    ...overview,
    activities: activities.map((a) => ({
      activityId: a.id,
      title: a.title,
      status: a.status,
      progress: a.progress,
      budget: a.budget,
      spent: a.spent,
      participantsReached: a.participantsReached,
    })),
  };
}
