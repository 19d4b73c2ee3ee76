import type { ImpactEdge, ImpactMap, ImpactNode } from '../../../../shared/impact';
import type { SectionContext } from '../context';
import { GANTT_LIMIT } from './timeline';

/**
 * Above this many activities the map shows each competence's activities as one box with their
 * number, as the timeline shows monthly totals: a box per activity would run to a hundred pages
 * nobody reads in print, and the list of activities gives each one.
 */
export const COUNTED_ABOVE = GANTT_LIMIT;

/** The id of the box that stands for the activities no competence links to. */
const LOOSE = 'activities-without-competence';

/**
 * The map with the activity column replaced by one box per competence saying how many activities
 * it has, and one for the activities linked to no competence, which is marked as a gap (its
 * activities are each named in the list of gaps).
 */
export function countedActivities(
  map: ImpactMap,
  ctx: SectionContext,
  gapIds: Set<string>,
): ImpactMap {
  const perCompetence = new Map<string, number>();
  const linked = new Set<string>();
  for (const e of map.edges) {
    if (e.kind !== 'competence-activity') continue;
    perCompetence.set(e.from, (perCompetence.get(e.from) ?? 0) + 1);
    linked.add(e.to);
  }
  const column = map.nodes.find((n) => n.kind === 'activity')?.column ?? 3;
  const box = (id: string, row: number, label: string): ImpactNode => ({
    id,
    kind: 'activity',
    column,
    row,
    label,
    learningObjectives: [],
    status: null,
  });
  const nodes = map.nodes.filter((n) => n.kind !== 'activity');
  const edges: ImpactEdge[] = map.edges.filter(
    (e) => e.kind === 'driver-competence' || e.kind === 'targetGroup-competence',
  );
  for (const c of map.nodes.filter((n) => n.kind === 'competence')) {
    const count = perCompetence.get(c.id) ?? 0;
    if (count === 0) continue;
    const id = `${c.id}/activities`;
    nodes.push(box(id, c.row, ctx.t.impactMap.activityCount(count, ctx.f.integer(count))));
    edges.push({ id: `${c.id}->${id}`, kind: 'competence-activity', from: c.id, to: id });
  }
  const loose = map.nodes.filter((n) => n.kind === 'activity' && !linked.has(n.id)).length;
  if (loose > 0) {
    nodes.push(
      box(
        LOOSE,
        Number.MAX_SAFE_INTEGER,
        ctx.t.impactMap.looseActivities(loose, ctx.f.integer(loose)),
      ),
    );
    gapIds.add(LOOSE);
  }
  return { nodes, edges };
}
