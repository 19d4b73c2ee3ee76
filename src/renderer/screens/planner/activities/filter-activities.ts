import { foldForSearch } from '../../../../shared/catalog';
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

/** Each activity's searchable text, folded once per activity (an activity edited is a new object). */
const foldedOf = new WeakMap<Activity, string>();
/** The folded texts of one version of the list, in its order, for every keystroke of a search. */
const foldedLists = new WeakMap<readonly Activity[], readonly string[]>();

function foldedTexts(activities: readonly Activity[]): readonly string[] {
  const known = foldedLists.get(activities);
  if (known) return known;
  const texts = activities.map((a) => {
    let text = foldedOf.get(a);
    if (text === undefined) {
      // A line break cannot be typed into the search field, so no match runs from one field
      // into the next.
      text = foldForSearch(`${a.title}\n${a.description}\n${a.funding}`);
      foldedOf.set(a, text);
    }
    return text;
  });
  foldedLists.set(activities, texts);
  return texts;
}

/**
 * The activities that pass every filter, in the plan's order. Text matches title, description and
 * funding, ignoring case and accents as the catalogue's search does ("frontlober" finds
 * "Frontløber"); dates are ISO strings, so they compare as text.
 */
export function filterActivities(
  activities: readonly Activity[],
  filter: ActivityFilter,
): Activity[] {
  if (!isFiltered(filter)) return activities.slice();
  const needle = foldForSearch(filter.text.trim());
  const texts = needle === '' ? null : foldedTexts(activities);
  return activities.filter(
    (a, i) =>
      (texts === null || (texts[i] ?? '').includes(needle)) &&
      (filter.status === '' || a.status === filter.status) &&
      (filter.ownerId === '' ||
        (filter.ownerId === NO_OWNER ? a.ownerId === null : a.ownerId === filter.ownerId)) &&
      (filter.competenceId === '' || a.competenceIds.includes(filter.competenceId)) &&
      (filter.targetGroupId === '' || a.targetGroupIds.includes(filter.targetGroupId)) &&
      overlaps(a, filter.from, filter.to),
  );
}
