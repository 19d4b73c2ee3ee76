import type { PlanDocument } from '../model/document';
import type { CompetenceProgress } from '../model/stored/status-snapshot';
import { weightedProgress } from './weighted-progress';

/** Per competence, in plan order: the activities that serve it and their combined progress. */
export function competenceProgress(
  doc: Pick<PlanDocument, 'competences' | 'activities'>,
): CompetenceProgress[] {
  return doc.competences.map((c) => {
    const serving = doc.activities.filter((a) => a.competenceIds.includes(c.id));
    return {
      competenceId: c.id,
      title: c.title,
      activityIds: serving.map((a) => a.id),
      progress: weightedProgress(serving),
    };
  });
}
