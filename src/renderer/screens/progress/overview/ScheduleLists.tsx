import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverdueActivity, StartingSoonActivity } from '../../../../shared/progress';
import { useFormat } from '../../../i18n/use-format';
import { sectionId } from '../../../components/Screen';
import { useGoToActivity } from '../go-to';

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
          <ul className="no-max-width">
            {overdue.map((a) => (
              <li key={a.activityId}>
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
              </li>
            ))}
          </ul>
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
          <ul className="no-max-width">
            {startingSoon.map((a) => (
              <li key={a.activityId}>
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
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
