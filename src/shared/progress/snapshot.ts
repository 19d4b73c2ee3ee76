import type { PlanDocument } from '../model/document';
import { SNAPSHOT_VERSION, type StatusSnapshot } from '../model/stored/status-snapshot';
import { progressOverview, type ProgressOptions } from './overview';

export function createSnapshot(
  doc: Pick<PlanDocument, 'competences' | 'activities'>,
  today: string,
  options: ProgressOptions = {},
): StatusSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    ...progressOverview(doc, today, options),
    activities: doc.activities.map((a) => ({
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
