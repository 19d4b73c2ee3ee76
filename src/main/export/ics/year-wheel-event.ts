import type { Activity, YearItem } from '../../../shared/model/entities';
import { addDays, addMonths } from '../../../shared/progress/dates';
import { YEAR_WHEEL_KIND_LABELS, YEAR_WHEEL_OWNER_LABELS } from '../../../shared/year-wheel';
import {
  component,
  rawProperty,
  textListProperty,
  textProperty,
  type ContentLine,
} from './content-lines';
import { allDayProperties } from './date-values';
import type { EventContext } from './event-context';
import { freeTime } from './free-time';
import { eventUid, revisionProperties } from './identity';
import { occurrences, type WheelSpan } from './wheel-months';

/**
 * An årshjul item as an all-day event over its whole month, since the wheel says only the month,
 * repeated yearly through the plan's years. One event with a rule, not one per year: a new
 * export with a longer or shorter period then changes the series in the calendar rather than
 * leaving the years that fell out of the period behind.
 */
export function yearWheelEvent(
  item: YearItem,
  span: WheelSpan,
  activities: ReadonlyMap<string, Activity>,
  ctx: EventContext,
): ContentLine[] {
  const { t, lang } = ctx;
  const { year, count } = occurrences(span, item.month);
  const first = `${year}-${String(item.month).padStart(2, '0')}-01`;
  const linked = item.activityIds.flatMap((id) => activities.get(id) ?? []);
  const facts = [
    `${t.yearWheel.kind}: ${YEAR_WHEEL_KIND_LABELS[item.kind][lang]}`,
    ...(item.ownerRole
      ? [`${t.yearWheel.owner}: ${YEAR_WHEEL_OWNER_LABELS[item.ownerRole][lang]}`]
      : []),
    ...(linked.length > 0
      ? [`${t.yearWheel.linked}: ${linked.map((a) => a.title).join('; ')}`]
      : []),
  ];
  const description = [facts.join('\n'), item.description.trim()].filter(Boolean).join('\n\n');
  return component('VEVENT', [
    rawProperty('UID', eventUid(item.id, ctx.planId)),
    rawProperty('DTSTAMP', ctx.stamp),
    ...allDayProperties(first, addDays(addMonths(first, 1), -1)),
    ...(count > 1 ? [rawProperty('RRULE', `FREQ=YEARLY;COUNT=${count}`)] : []),
    textProperty('SUMMARY', item.title),
    textProperty('DESCRIPTION', description),
    textListProperty('CATEGORIES', [t.sheets.yearWheel]),
    ...freeTime(),
    ...revisionProperties([item.updatedAt, ctx.planUpdatedAt, ...linked.map((a) => a.updatedAt)]),
  ]);
}
