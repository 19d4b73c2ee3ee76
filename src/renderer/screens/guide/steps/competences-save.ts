import type { WindowDocument } from '../../../../shared/model/document';
import { catalogValues } from '../../../components/catalog/catalog-values';
import { markOffered } from '../guide-record';
import { addLink, createTracked, deleteTracked, runInOrder, updateEntity } from '../guide-writes';
import type { Levels } from './LevelChoice';
import type { Competence } from '../../../../shared/model/entities';
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
  doc: WindowDocument,
  options: readonly CompetenceOption[],
  changes: Record<string, boolean>,
  levels: Record<string, Levels> = {},
): Promise<boolean> {
  const groupIds = doc.targetGroups.map((group) => group.id);
  const edits: (() => Promise<boolean>)[] = [];
  for (const option of options) {
    const { row } = option;
    const chosen = levels[option.key];
    // Levels are asked of every chosen competence, the ones already in the plan too.
    if (row && chosen && (option.locked || isTicked(option, changes))) {
      const patch = levelPatch(row, chosen);
      if (patch) edits.push(() => updateEntity({ entity: 'competence', id: row.id, patch }));
    }
    if (option.locked) continue;
    const ticked = isTicked(option, changes);
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
            ...(chosen ?? {}),
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

/** The levels that differ from the competence's, or null when none do. */
function levelPatch(row: Competence, chosen: Levels): Partial<Levels> | null {
  const patch: Partial<Levels> = {};
  if (chosen.currentLevel !== row.currentLevel) patch.currentLevel = chosen.currentLevel;
  if (chosen.targetLevel !== row.targetLevel) patch.targetLevel = chosen.targetLevel;
  return Object.keys(patch).length > 0 ? patch : null;
}
