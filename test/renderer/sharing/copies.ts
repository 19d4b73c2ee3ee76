import type { ApiClient, MergeConflict, MergePreview } from '../../../src/shared/api';
import type { PlanDocument } from '../../../src/shared/model/document';
import { ids, planDocument } from '../fixtures';
import type { InProcessCore } from '../real-core';

/** The copy a colleague, Jens, sent back, beside the plan; and where a merge is suggested. */
export const THEIRS = 'Kompetenceplan 2026 fra Jens.omstil';
export const MERGED = 'Kompetenceplan 2026 (flettet).omstil';

/** One side's edits, made through the contract as that side's program makes them. */
export type Edits = (api: ApiClient) => Promise<unknown>;

/**
 * The plan as it was when it was sent to Jens: the test plan before the edits both copies made
 * since, so that both can change the same things from here.
 */
export function planAsSent(): PlanDocument {
  const doc = structuredClone(planDocument);
  doc.plan.periodStart = '2025-09-01';
  doc.plan.periodEnd = '2027-03-31';
  const superusers = doc.activities.find((a) => a.id === ids.superusers)!;
  superusers.budget = 1_000_000;
  superusers.status = 'planned';
  return doc;
}

/**
 * A copy of the open plan sent to Jens (`saveCopy`, as "Gem en kopi" writes it); Jens's program
 * makes `theirs` in it and this one makes `mine` in the open plan. Returns the copy's path.
 */
export async function copiesEditedApart(
  core: InProcessCore,
  sides: { mine?: Edits; theirs?: Edits },
): Promise<string> {
  const theirsPath = core.at(THEIRS);
  await core.scene.saveCopy({ path: theirsPath });
  if (sides.theirs) await core.colleagueEdits(theirsPath, sides.theirs);
  if (sides.mine) await sides.mine(core.scene);
  return theirsPath;
}

/** Changes only Jens made: the member he added, a headcount and the phishing budget. */
export const onlyTheirs: Edits = async (api) => {
  await api.createEntity({ entity: 'member', values: { name: 'Ida Berg', role: 'other' } });
  await api.updateEntity({ entity: 'targetGroup', id: ids.leaders, patch: { headcount: 7 } });
  await api.updateEntity({ entity: 'activity', id: ids.phishing, patch: { budget: 45_000 } });
};

/** This copy's side of the four conflicts: the values the test plan has, and Sprints deleted. */
export const myConflicting: Edits = async (api) => {
  await api.updateEntity({
    entity: 'activity',
    id: ids.superusers,
    patch: { budget: 1_250_000, status: 'in-progress' },
  });
  await api.updatePlan({ patch: { periodEnd: '2027-06-30' } });
  await api.deleteEntity({ entity: 'method', id: ids.sprints });
};

/** Jens's side of them: another budget and status, a later end, and Sprints described. */
export const theirConflicting: Edits = async (api) => {
  await api.updateEntity({
    entity: 'activity',
    id: ids.superusers,
    patch: { budget: 1_400_000, status: 'done' },
  });
  await api.updatePlan({ patch: { periodEnd: '2027-12-31' } });
  await api.updateEntity({
    entity: 'method',
    id: ids.sprints,
    patch: { description: 'To ugers sprints med en fast rytme.' },
  });
};

/** Both sides' edits, one after the other. */
export const both =
  (...edits: Edits[]): Edits =>
  async (api) => {
    for (const edit of edits) await edit(api);
  };

/** The comparison the core answered the screen, the last one if it compared more than once. */
export function lastPreview(core: InProcessCore): MergePreview {
  const answer = core.answers.previewMerge?.at(-1);
  if (!answer?.ok) throw new Error('the copies were not compared');
  return answer.value;
}

/** The conflict of the last comparison about `field` (null: a deleted row) of row `rowId`. */
export function conflictOn(
  core: InProcessCore,
  rowId: string,
  field: string | null,
): MergeConflict {
  const found = lastPreview(core).conflicts.find((c) => c.rowId === rowId && c.field === field);
  if (!found) throw new Error(`no conflict on ${rowId}/${String(field)}`);
  return found;
}
