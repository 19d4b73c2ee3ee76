import {
  countedActivities as countedMap,
  LOOSE_ACTIVITIES_ID,
  type ImpactMap,
} from '../../../../shared/impact';
import type { SectionContext } from '../context';

/**
 * The map with each competence's activities as one box with their number (see the shared
 * `countedActivities`), worded for print. The box for the activities linked to no competence is
 * marked as a gap: its activities are each named in the list of gaps.
 */
export function countedActivities(
  map: ImpactMap,
  ctx: SectionContext,
  gapIds: Set<string>,
): ImpactMap {
  const counted = countedMap(map, ({ competenceId, count }) =>
    competenceId === null
      ? ctx.t.impactMap.looseActivities(count, ctx.f.integer(count))
      : ctx.t.impactMap.activityCount(count, ctx.f.integer(count)),
  );
  if (counted.boxes.has(LOOSE_ACTIVITIES_ID)) gapIds.add(LOOSE_ACTIVITIES_ID);
  return counted.map;
}
