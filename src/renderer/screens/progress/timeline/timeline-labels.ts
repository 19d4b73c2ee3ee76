import type { TFunction } from 'i18next';
import type { Activity } from '../../../../shared/model/entities';
import { addMonths } from '../../../../shared/progress';
import type { Formatters } from '../../../i18n/format';
import type { Dates } from './date-moves';
import type { BarTexts } from './TimelineBar';
import { quarterOf, type TimeWindow, type Zoom } from './timeline-window';

/** The words of a bar: its accessible name, its status beside it, its dates at an edge. */
export function barTexts(t: TFunction, format: Formatters) {
  return (activity: Activity, dates: Dates): BarTexts => {
    const status = t(`enums.activityStatus.${activity.status}`);
    const period =
      dates.start && dates.end
        ? t('common.range', { from: format.date(dates.start), to: format.date(dates.end) })
        : dates.start
          ? t('progress.timeline.noEnd', { date: format.date(dates.start) })
          : t('progress.timeline.noStart', { date: format.date(dates.end ?? '') });
    const progress = format.percent(activity.progress);
    const near = dates.end ?? dates.start ?? '';
    const far = dates.start ?? dates.end ?? '';
    return {
      name: t('progress.timeline.barName', { title: activity.title, period, status, progress }),
      status:
        activity.progress > 0 ? t('progress.timeline.barStatus', { status, progress }) : status,
      before: t('progress.timeline.before', { date: format.date(near) }),
      after: t('progress.timeline.after', { date: format.date(far) }),
    };
  };
}

/** "1. kvartal 2027", "2027" or "september 2026 – august 2027". */
export function windowLabel(
  t: TFunction,
  zoom: Zoom,
  window: TimeWindow,
  monthYear: (iso: string) => string,
): string {
  const year = window.from.slice(0, 4);
  if (zoom === 'quarter')
    return t('progress.timeline.quarterLabel', { quarter: quarterOf(window), year });
  if (zoom === 'year') return year;
  return t('common.range', {
    from: monthYear(window.from),
    to: monthYear(addMonths(window.to, -1)),
  });
}
