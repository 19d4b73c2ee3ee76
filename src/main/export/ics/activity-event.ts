import { activityCalendarDays } from '../../../shared/dates/calendar-days';
import type { Activity } from '../../../shared/model/entities';
import type { ActivityStatus } from '../../../shared/model/enums';
import {
  component,
  rawProperty,
  textListProperty,
  textProperty,
  type ContentLine,
} from './content-lines';
import { allDayProperties } from './date-values';
import { eventUid, revisionProperties } from './identity';
import type { EventContext } from './event-context';
import { freeTime } from './free-time';

// An idea is not settled yet. A cancelled activity is kept and marked so: a calendar holding it
// from an earlier import then learns that it is off, which leaving it out would not tell it.
const EVENT_STATUS: Record<ActivityStatus, string> = {
  idea: 'TENTATIVE',
  planned: 'CONFIRMED',
  'in-progress': 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/**
 * An activity as an all-day event from its first to its last day, with its status, owner,
 * competences and target groups at the top of the description, where a calendar's preview
 * shows them. Null for an activity without dates, which a calendar has no day for.
 */
export function activityEvent(activity: Activity, ctx: EventContext): ContentLine[] | null {
  const days = activityCalendarDays(activity);
  if (!days) return null;
  const { t, f, lookup, own } = ctx;
  const owner = lookup.member(activity.ownerId);
  const competences = activity.competenceIds.flatMap((id) => lookup.competence(id) ?? []);
  const targetGroups = activity.targetGroupIds.flatMap((id) => lookup.targetGroup(id) ?? []);
  const facts = [
    `${t.activities.status}: ${t.activityStatus[activity.status]}`,
    `${t.activities.progress}: ${f.percent(activity.progress)}`,
    ...(owner ? [`${t.activities.owner}: ${owner.name}`] : []),
    ...(competences.length > 0
      ? [`${t.activities.competences}: ${competences.map((c) => c.title).join('; ')}`]
      : []),
    ...(targetGroups.length > 0
      ? [`${t.activities.targetGroups}: ${targetGroups.map((g) => g.name).join('; ')}`]
      : []),
    ...(days.missing === 'end' ? [own.noEnd] : days.missing === 'start' ? [own.noStart] : []),
  ];
  const description = [facts.join('\n'), activity.description.trim()].filter(Boolean).join('\n\n');
  return component('VEVENT', [
    rawProperty('UID', eventUid(activity.id, ctx.planId)),
    rawProperty('DTSTAMP', ctx.stamp),
    ...allDayProperties(days.first, days.last),
    textProperty('SUMMARY', activity.title),
    textProperty('DESCRIPTION', description),
    textListProperty('CATEGORIES', [t.activities.title]),
    rawProperty('STATUS', EVENT_STATUS[activity.status]),
    ...freeTime(),
    ...revisionProperties([
      activity.updatedAt,
      ...(owner ? [owner.updatedAt] : []),
      ...competences.map((c) => c.updatedAt),
      ...targetGroups.map((g) => g.updatedAt),
    ]),
  ]);
}
