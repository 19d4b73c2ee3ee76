import type { Activity } from '../../../../shared/model/entities';
import type { ActivityFilter } from '../../../store';

/** The owner filter's value for "no one responsible"; never a member's id, which is a UUID. */
export const NO_OWNER = 'none';

export function isFiltered(filter: ActivityFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.status !== '' ||
    filter.ownerId !== '' ||
    filter.competenceId !== '' ||
    filter.targetGroupId !== '' ||
    filter.from !== null ||
    filter.to !== null
  );
}

/**
 * Whether the activity's dates overlap the period. A missing end means it runs on, a missing start
 * that it has run for a while; an activity with no dates at all is in no period.
 */
function overlaps(activity: Activity, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (activity.start === null && activity.end === null) return false;
  const startsInTime = to === null || activity.start === null || activity.start <= to;
  const runsLongEnough = from === null || activity.end === null || activity.end >= from;
  return startsInTime && runsLongEnough;
}

/**
 * The activities that pass every filter, in the plan's order. Text matches title, description and
 * funding, ignoring case; dates are ISO strings, so they compare as text.
 */
export function filterActivities(
  activities: readonly Activity[],
  filter: ActivityFilter,
): Activity[] {
  if (!isFiltered(filter)) return activities.slice();
  const needle = filter.text.trim().toLocaleLowerCase();
  return activities.filter(
    (a) =>
      (needle === '' ||
        a.title.toLocaleLowerCase().includes(needle) ||
        a.description.toLocaleLowerCase().includes(needle) ||
        a.funding.toLocaleLowerCase().includes(needle)) &&
      (filter.status === '' || a.status === filter.status) &&
      (filter.ownerId === '' ||
        (filter.ownerId === NO_OWNER ? a.ownerId === null : a.ownerId === filter.ownerId)) &&
      (filter.competenceId === '' || a.competenceIds.includes(filter.competenceId)) &&
      (filter.targetGroupId === '' || a.targetGroupIds.includes(filter.targetGroupId)) &&
      overlaps(a, filter.from, filter.to),
  );
}
