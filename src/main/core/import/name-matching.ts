import type { NewNames, ReadActivity } from '../../../shared/excel-import/schema';
import type { WindowDocument } from '../../../shared/model/document';
import { foldName } from '../services/team-plan-match';

// Owners, competences and target groups named in a committee's list, met with the plan's own by
// name, folded as filing a team's plan folds them (case, spacing, accents).

export type NameKind = keyof NewNames;

export interface PlanNames {
  /** The plan's id for a folded name, per kind. */
  ids: Record<NameKind, Map<string, string>>;
  /** Names the plan lacks, as first written, per kind; one per folded name. */
  missing: NewNames;
}

const namesOf = (a: ReadActivity): Record<NameKind, string[]> => ({
  owners: a.owner === null ? [] : [a.owner],
  competences: a.competences,
  targetGroups: a.targetGroups,
});

export function matchNames(plan: WindowDocument, activities: readonly ReadActivity[]): PlanNames {
  const index = (entries: { id: string; name: string }[]) =>
    new Map(entries.map((e) => [foldName(e.name), e.id]));
  const ids: PlanNames['ids'] = {
    owners: index(plan.members.map((m) => ({ id: m.id, name: m.name }))),
    competences: index(plan.competences.map((c) => ({ id: c.id, name: c.title }))),
    targetGroups: index(plan.targetGroups.map((g) => ({ id: g.id, name: g.name }))),
  };
  const missing: NewNames = { owners: [], competences: [], targetGroups: [] };
  const seen = {
    owners: new Set<string>(),
    competences: new Set<string>(),
    targetGroups: new Set<string>(),
  };
  for (const activity of activities) {
    const names = namesOf(activity);
    for (const kind of ['owners', 'competences', 'targetGroups'] as const) {
      for (const name of names[kind]) {
        const folded = foldName(name);
        if (ids[kind].has(folded) || seen[kind].has(folded)) continue;
        seen[kind].add(folded);
        missing[kind].push(name);
      }
    }
  }
  return { ids, missing };
}

/** The names of an activity the plan lacks, by kind; empty lists when it has them all. */
export function unknownNames(names: PlanNames, activity: ReadActivity): Record<NameKind, string[]> {
  const all = namesOf(activity);
  const lacking = (kind: NameKind) => all[kind].filter((n) => !names.ids[kind].has(foldName(n)));
  return {
    owners: lacking('owners'),
    competences: lacking('competences'),
    targetGroups: lacking('targetGroups'),
  };
}
