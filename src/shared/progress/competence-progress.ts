import type { PlanDocument } from '../model/document';
import { groupByLink, linkedTo } from '../model/group-by-link';
import type { CompetenceProgress } from '../model/stored/status-snapshot';
import { weightedProgress } from './weighted-progress';

/** Per competence, in plan order: the activities that serve it and their combined progress. */
export function competenceProgress(
  doc: Pick<PlanDocument, 'competences' | 'activities'>,
): CompetenceProgress[] {
  const serving = groupByLink(doc.activities, (a) => a.competenceIds);
  return doc.competences.map((c) => {
    const own = linkedTo(serving, c.id);
    return {
      competenceId: c.id,
      title: c.title,
      activityIds: own.map((a) => a.id),
      progress: weightedProgress(own),
    };
  });
}
