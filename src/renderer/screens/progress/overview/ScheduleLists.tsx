import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverdueActivity, StartingSoonActivity } from '../../../../shared/progress';
import { useFormat } from '../../../i18n/use-format';
import { sectionId } from '../../../components/Screen';
import { WindowedList } from '../../../components/WindowedList';
import { useGoToActivity } from '../go-to';

/** A title and a line of facts; a long list is drawn only where it is scrolled to. */
const ITEM_HEIGHT = 62;

/** What needs the committee's attention now: activities past their end, and those about to start. */
export function ScheduleLists({
  overdue,
  startingSoon,
  days,
}: {
  overdue: readonly OverdueActivity[];
  startingSoon: readonly StartingSoonActivity[];
  days: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const goTo = useGoToActivity();
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goTo(id);
  };
  const link = (id: string, title: string) => (
    <a href={`#${sectionId('activities')}`} onClick={open(id)} className="schedule-link">
      {title}
    </a>
  );

  return (
    <div className="schedule-lists">
      <div role="group" aria-labelledby="progress-overdue" className="schedule-list">
        <h3 id="progress-overdue">
          {t('progress.overview.overdueHeading', { count: overdue.length })}
        </h3>
        {overdue.length === 0 ? (
          <p className="empty-text">{t('progress.overview.overdueEmpty')}</p>
        ) : (
          <WindowedList
            count={overdue.length}
            itemKey={(i) => overdue[i]?.activityId ?? String(i)}
            estimateSize={ITEM_HEIGHT}
            name={{ labelledBy: 'progress-overdue' }}
            renderItem={(i) => {
              const a = overdue[i];
              if (!a) return null;
              return (
                <>
                  {link(a.activityId, a.title)}
                  <span className="schedule-meta">
                    {t('progress.overview.overdueMeta', {
                      end: format.date(a.end),
                      count: a.daysOverdue,
                      days: format.number(a.daysOverdue),
                      progress: format.percent(a.progress),
                      status: t(`enums.activityStatus.${a.status}`),
                    })}
                  </span>
                </>
              );
            }}
          />
        )}
      </div>
      <div role="group" aria-labelledby="progress-soon" className="schedule-list">
        <h3 id="progress-soon">
          {t('progress.overview.soonHeading', { days: format.number(days) })}
        </h3>
        {startingSoon.length === 0 ? (
          <p className="empty-text">
            {t('progress.overview.soonEmpty', { days: format.number(days) })}
          </p>
        ) : (
          <WindowedList
            count={startingSoon.length}
            itemKey={(i) => startingSoon[i]?.activityId ?? String(i)}
            estimateSize={ITEM_HEIGHT}
            name={{ labelledBy: 'progress-soon' }}
            renderItem={(i) => {
              const a = startingSoon[i];
              if (!a) return null;
              return (
                <>
                  {link(a.activityId, a.title)}
                  <span className="schedule-meta">
                    {a.daysUntilStart === 0
                      ? t('progress.overview.soonToday', {
                          status: t(`enums.activityStatus.${a.status}`),
                        })
                      : t('progress.overview.soonMeta', {
                          start: format.date(a.start),
                          count: a.daysUntilStart,
                          days: format.number(a.daysUntilStart),
                          status: t(`enums.activityStatus.${a.status}`),
                        })}
                  </span>
                </>
              );
            }}
          />
        )}
      </div>
    </div>
  );
}
