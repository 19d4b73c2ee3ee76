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

function foldedText(a: Activity): string {
  let text = foldedOf.get(a);
  if (text === undefined) {
    // A line break cannot be typed into the search field, so no match runs from one field
    // into the next.
    text = foldForSearch(`${a.title}\n${a.description}\n${a.funding}`);
    foldedOf.set(a, text);
  }
  return text;
}

function foldedTexts(activities: readonly Activity[]): readonly string[] {
  const known = foldedLists.get(activities);
  if (known) return known;
  const texts = activities.map(foldedText);
  foldedLists.set(activities, texts);
  return texts;
}

/** Whether the list's texts are folded, so that a search of it folds nothing. */
export const isSearchPrepared = (activities: readonly Activity[]): boolean =>
  foldedLists.has(activities);

/** How long one turn of preparing may fold, in ms: well under a frame, so input is not held up. */
const TURN_MS = 8;

/** The browser's next idle turn, or (where it has none, as in jsdom) its next task. */
const nextTurn = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
};

/**
 * Folds the list's search texts a few milliseconds at a time in the browser's idle turns, so the
 * first key typed in the search finds them ready: at 20,000 activities, folding them all at that
 * key was a task of 170 ms. Resolves once they are (or at once, if they were); `stop` leaves the
 * rest to be folded at the first search, as before.
 */
export function prepareSearch(activities: readonly Activity[]): {
  done: Promise<void>;
  stop: () => void;
} {
  let cancel = () => {};
  const done = new Promise<void>((resolve) => {
    let next = 0;
    const turn = () => {
      const until = performance.now() + TURN_MS;
      for (; next < activities.length && performance.now() < until; next += 1) {
        foldedText(activities[next]!);
      }
      if (next < activities.length) {
        cancel = nextTurn(turn);
        return;
      }
      foldedTexts(activities);
      resolve();
    };
    if (isSearchPrepared(activities)) resolve();
    else cancel = nextTurn(turn);
  });
  return { done, stop: () => cancel() };
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
