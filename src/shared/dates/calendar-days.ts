import type { Activity } from '../model/entities';

/**
 * The days an activity fills in a calendar, first and last included. With one date only it is
 * that one day (`missing` says which date the plan lacks), so it still shows where it begins or
 * ends; with neither it has no place in a calendar and is left out.
 */
export interface CalendarDays {
  first: string;
  last: string;
  missing: 'end' | 'start' | null;
}

export function activityCalendarDays(
  activity: Pick<Activity, 'start' | 'end'>,
): CalendarDays | null {
  const { start, end } = activity;
  if (start && end) return { first: start, last: end, missing: null };
  if (start) return { first: start, last: start, missing: 'end' };
  if (end) return { first: end, last: end, missing: 'start' };
  return null;
}

/** How many activities a calendar leaves out for want of any date. */
export function activitiesWithoutDays(activities: readonly Pick<Activity, 'start' | 'end'>[]) {
  return activities.filter((activity) => activityCalendarDays(activity) === null).length;
}
