import type { PlanDocument } from '../model/document';
import { buildImpactMap } from './build';
import { LOOSE_ACTIVITIES_ID, type CountedBox } from './counted';
import { IMPACT_LAYERS, type ImpactMap, type ImpactNode } from './types';

type MapSource = Pick<PlanDocument, 'drivers' | 'targetGroups' | 'competences' | 'activities'>;

/**
 * The same map as `countedActivities(buildImpactMap(doc), label)`, counted straight from the
 * activities: in a plan of 20,000 activities the full map's node and edge per activity, each
 * with an id of its own, were most of the long task of opening the screen, only to be counted.
 * Ids are unique across a plan, so an activity is met once.
 */
export function countedImpactMap(
  doc: MapSource,
  label: (box: CountedBox) => string,
): { map: ImpactMap; boxes: ReadonlyMap<string, CountedBox> } {
  // The map's other three columns and the edges between them, as the full map has them.
  const { nodes, edges } = buildImpactMap({ ...doc, activities: [] });
  // The full map drops a link to an id the plan does not hold. It holds the activities' ids too,
  // which only a damaged file links to as a competence: those are gathered at the first such link.
  const known = new Set(nodes.map((n) => n.id));
  let activityIds: Set<string> | null = null;
  const holds = (id: string) =>
    known.has(id) || (activityIds ??= new Set(doc.activities.map((a) => a.id))).has(id);

  const perCompetence = new Map<string, number>();
  let loose = 0;
  for (const a of doc.activities) {
    let linked = false;
    const ids = a.competenceIds;
    for (let i = 0; i < ids.length; i += 1) {
      const c = ids[i]!;
      // A competence listed twice is one edge on the full map, so it counts once.
      if (!holds(c) || ids.indexOf(c) !== i) continue;
      linked = true;
      perCompetence.set(c, (perCompetence.get(c) ?? 0) + 1);
    }
    if (!linked) loose += 1;
  }

  const column = IMPACT_LAYERS.indexOf('activity');
  const boxes = new Map<string, CountedBox>();
  const add = (id: string, row: number, box: CountedBox) => {
    boxes.set(id, box);
    const node: ImpactNode = {
      id,
      kind: 'activity',
      column,
      row,
      label: label(box),
      learningObjectives: [],
      status: null,
    };
    nodes.push(node);
  };
  for (const c of nodes.filter((n) => n.kind === 'competence')) {
    const count = perCompetence.get(c.id) ?? 0;
    if (count === 0) continue;
    const id = `${c.id}/activities`;
    add(id, c.row, { competenceId: c.id, count });
    edges.push({ id: `${c.id}->${id}`, kind: 'competence-activity', from: c.id, to: id });
  }
  if (loose > 0)
    add(LOOSE_ACTIVITIES_ID, Number.MAX_SAFE_INTEGER, { competenceId: null, count: loose });
  return { map: { nodes, edges }, boxes };
}
