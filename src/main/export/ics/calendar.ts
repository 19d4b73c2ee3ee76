import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import { exportFormat } from '../format';
import { exportTexts } from '../i18n';
import { createLookup } from '../lookup';
import { activityEvent } from './activity-event';
import { component, serialise, textProperty, type ContentLine } from './content-lines';
import { utcDateTimeValue } from './date-values';
import type { EventContext } from './event-context';
import { calendarTexts } from './texts';
import { wheelSpan } from './wheel-months';
import { yearWheelEvent } from './year-wheel-event';

/**
 * The plan as an iCalendar file (RFC 5545) for Outlook and other calendars: each dated activity
 * from its first to its last day, and each årshjul item in its month through the plan's years.
 * UTF-8 without a byte order mark, which RFC 5545 leaves no room for.
 */
export function renderPlanIcs(doc: PlanDocument, options: { lang: Language; now?: Date }): Buffer {
  const { lang } = options;
  const now = options.now ?? new Date();
  const t = exportTexts[lang];
  const ctx: EventContext = {
    planId: doc.plan.id,
    planUpdatedAt: doc.plan.updatedAt,
    lang,
    stamp: utcDateTimeValue(now),
    t,
    own: calendarTexts[lang],
    f: exportFormat(lang),
    lookup: createLookup(doc),
  };
  const span = wheelSpan(doc.plan, now);
  const activities = new Map(doc.activities.map((a) => [a.id, a]));
  const title = doc.plan.title.trim() || t.document.untitled;
  const lines: ContentLine[] = [
    'VERSION:2.0',
    'PRODID:-//Omstil//Kompetenceplan//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // NAME is the standard's (RFC 7986); Outlook and Google read the older X-WR-CALNAME.
    textProperty('NAME', title),
    textProperty('X-WR-CALNAME', title),
    textProperty('X-WR-CALDESC', t.document.subtitle),
    ...doc.activities.flatMap((activity) => activityEvent(activity, ctx) ?? []),
    ...doc.yearItems.flatMap((item) => yearWheelEvent(item, span, activities, ctx)),
  ];
  return Buffer.from(serialise(component('VCALENDAR', lines)), 'utf8');
}
