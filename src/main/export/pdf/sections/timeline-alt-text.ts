import type { PlanDocument } from '../../../../shared/model/document';
import { ACTIVITY_STATUSES, type Language } from '../../../../shared/model/enums';
import { exportFormat } from '../../format';
import { exportTexts } from '../../i18n';
import { timelineSpan } from '../../timeline-span';

/**
 * The timeline in a few sentences, for a reader who cannot see it (the PDF's alternative text
 * for the figure): how many activities, over which months, how many of each status.
 */
export function timelineAltText(doc: PlanDocument, lang: Language): string {
  const t = exportTexts[lang];
  const f = exportFormat(lang);
  const count = f.integer(doc.activities.length);
  if (doc.activities.length === 0) return t.timeline.empty;
  const span = timelineSpan(doc.plan, doc.activities);
  const first = span?.columns[0];
  const last = span?.columns[span.columns.length - 1];
  if (!span || !first || !last) return t.timeline.altTextUndated(count);
  const statuses = ACTIVITY_STATUSES.flatMap((s) => {
    const n = doc.activities.filter((a) => a.status === s).length;
    return n === 0 ? [] : [`${t.activityStatus[s]} ${f.integer(n)}`];
  }).join(', ');
  const to = span.unit === 'year' ? String(last.getUTCFullYear()) : f.month(last, true);
  const from = span.unit === 'year' ? String(first.getUTCFullYear()) : f.month(first, true);
  return t.timeline.altText(count, from, to, statuses);
}
