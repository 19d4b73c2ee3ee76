import type { Activity } from '../model/entities';
import type { OverdueActivity, StartingSoonActivity } from '../model/stored/status-snapshot';
import { addDays, daysBetween } from './dates';

export const DEFAULT_STARTING_SOON_DAYS = 30;

/**
 * Activities whose end date has passed (strictly before `today`) and that are neither done nor
 * cancelled, the longest overdue first. An activity without an end date cannot be overdue.
 */
export function overdueActivities(
  activities: readonly Activity[],
  today: string,
): OverdueActivity[] {
  const overdue: OverdueActivity[] = [];
  for (const a of activities) {
    if (a.end === null || a.end >= today) continue;
    if (a.status === 'done' || a.status === 'cancelled') continue;
    overdue.push({
      activityId: a.id,
      title: a.title,
      status: a.status,
      end: a.end,
      daysOverdue: daysBetween(a.end, today),
      progress: a.progress,
    });
  }
  // Stable sort keeps plan order among activities that ended on the same day.
  return overdue.sort((x, y) => y.daysOverdue - x.daysOverdue);
}

/**
 * Activities that start from today up to and including `today + days` and are still only an idea
 * or planned: the ones someone must book, invite to or decide on now. Soonest first.
 */
export function startingSoonActivities(
  activities: readonly Activity[],
  today: string,
  days: number = DEFAULT_STARTING_SOON_DAYS,
): StartingSoonActivity[] {
  const horizon = addDays(today, days);
  const soon: StartingSoonActivity[] = [];
  for (const a of activities) {
    if (a.start === null || a.start < today || a.start > horizon) continue;
    if (a.status !== 'idea' && a.status !== 'planned') continue;
    soon.push({
      activityId: a.id,
      title: a.title,
      status: a.status,
      start: a.start,
      daysUntilStart: daysBetween(today, a.start),
    });
  }
  return soon.sort((x, y) => x.daysUntilStart - y.daysUntilStart);
}
