import type { PlanDocument } from '../../../../shared/model/document';
import { catalogValues } from '../../../components/catalog/catalog-values';
import { markOffered } from '../guide-record';
import { addLink, createTracked, deleteTracked, runInOrder } from '../guide-writes';
import { isTicked, type CompetenceOption } from './competences-model';
import { deleteUnusedMethods } from './methods-save';

/**
 * Makes the plan's competences match the ticks. A new one is created from the catalogue in the
 * plan's language, already linked to the drivers that suggest it and to every target group — one
 * edit, so one undo. One the guide made earlier gains the links it lacks (a driver or a group
 * added since); links are only added here, never taken away, since the secretary may have made
 * them in the plan. An unticked one the guide made is deleted, and with it any method the guide
 * made that is then used by nothing.
 */
export async function saveCompetences(
  planId: string,
  doc: PlanDocument,
  options: readonly CompetenceOption[],
  changes: Record<string, boolean>,
): Promise<boolean> {
  const groupIds = doc.targetGroups.map((group) => group.id);
  const edits: (() => Promise<boolean>)[] = [];
  for (const option of options) {
    if (option.locked) continue;
    const ticked = isTicked(option, changes);
    const { row } = option;
    if (row && !ticked) {
      edits.push(() => deleteTracked(planId, 'competence', row.id, row.title));
    } else if (row && ticked) {
      for (const driverId of option.driverIds.filter((id) => !row.driverIds.includes(id))) {
        edits.push(() => addLink('competence-driver', row.id, driverId));
      }
      for (const groupId of groupIds.filter((id) => !row.targetGroupIds.includes(id))) {
        edits.push(() => addLink('competence-targetGroup', row.id, groupId));
      }
    } else if (!row && ticked) {
      edits.push(async () => {
        const id = await createTracked(planId, {
          entity: 'competence',
          values: {
            ...catalogValues('competence', option.key, doc.plan.language),
            priority: option.priority,
            driverIds: option.driverIds,
            targetGroupIds: groupIds,
          },
        });
        return id !== null;
      });
    }
  }
  // A deleted competence may leave a method the guide made for it with nothing to serve.
  edits.push(() => deleteUnusedMethods(planId));
  const ok = await runInOrder(edits);
  if (ok) {
    markOffered(
      planId,
      'competences',
      options.map((option) => option.key),
    );
  }
  return ok;
}
