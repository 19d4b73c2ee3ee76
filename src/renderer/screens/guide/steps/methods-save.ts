import type { MethodKey } from '../../../../shared/catalog';
import type { WindowDocument } from '../../../../shared/model/document';
import { catalogValues } from '../../../components/catalog/catalog-values';
import { markOffered, readGuide } from '../guide-record';
import { createdRows } from '../guide-progress';
import {
  addLink,
  createTracked,
  currentDocument,
  deleteTracked,
  removeLink,
  runInOrder,
} from '../guide-writes';
import { isTicked, type MethodGroup } from './methods-model';

/**
 * Makes the competences' methods match the ticks. A method the plan lacks is created once from the
 * catalogue (in the plan's language) and linked to every competence it was ticked for; an unticked
 * link is removed. Afterwards a method the guide made that no competence or activity uses any
 * more is deleted, so going back and changing one's mind leaves nothing behind.
 */
export async function saveMethods(
  planId: string,
  doc: WindowDocument,
  groups: readonly MethodGroup[],
  changes: Record<string, boolean>,
): Promise<boolean> {
  const made = new Map<MethodKey, string>();
  const edits: (() => Promise<boolean>)[] = [];
  for (const { competence, options } of groups) {
    for (const option of options) {
      const ticked = isTicked(option, changes);
      if (ticked && !option.linked) {
        edits.push(async () => {
          let id = option.methodId ?? made.get(option.methodKey) ?? null;
          if (id === null) {
            id = await createTracked(planId, {
              entity: 'method',
              values: catalogValues('method', option.methodKey, doc.plan.language),
            });
            if (id === null) return false;
            made.set(option.methodKey, id);
          }
          return addLink('competence-method', competence.id, id);
        });
      } else if (!ticked && option.linked && option.methodId !== null) {
        const methodId = option.methodId;
        edits.push(() => removeLink('competence-method', competence.id, methodId));
      }
    }
  }
  edits.push(() => deleteUnusedMethods(planId));
  const ok = await runInOrder(edits);
  if (ok) {
    markOffered(
      planId,
      'methods',
      groups.flatMap((group) => group.options.map((option) => option.key)),
    );
  }
  return ok;
}

/** A method the guide made that nothing uses any more has no place in the draft. */
export async function deleteUnusedMethods(planId: string): Promise<boolean> {
  const doc = currentDocument();
  const record = readGuide(planId);
  if (!doc || !record) return true;
  const used = new Set([
    ...doc.competences.flatMap((c) => c.methodIds),
    ...doc.activities.flatMap((a) => a.methodIds),
  ]);
  return runInOrder(
    createdRows(doc.methods, record.created.method)
      .filter((method) => !used.has(method.id))
      .map((method) => () => deleteTracked(planId, 'method', method.id, method.title)),
  );
}
