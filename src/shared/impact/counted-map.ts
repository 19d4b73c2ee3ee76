import type { PlanDocument } from '../model/document';
import { buildImpactMap } from './build';
import { withCountingBoxes, type CountedBox } from './counted';
import { IMPACT_LAYERS, type ImpactMap } from './types';

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

  return withCountingBoxes(
    { nodes, edges },
    IMPACT_LAYERS.indexOf('activity'),
    perCompetence,
    loose,
    label,
  );
}
