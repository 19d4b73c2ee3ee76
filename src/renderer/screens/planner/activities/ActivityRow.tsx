import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/model/entities';
import { useFormat } from '../../../i18n/use-format';
import { Period } from '../../../components/Period';
import type { Lookup } from '../../../components/lookup';

/** The height of a row in the activity list, in CSS pixels; the list's window depends on it. */
export const ACTIVITY_ROW_HEIGHT = 64;

/**
 * One activity in the list: title, then status, period, progress and owner in one line; what does
 * not fit on it is left out whole, the period last but the status.
 */
export function ActivityRow({ activity, lookup }: { activity: Activity; lookup: Lookup }) {
  const { t } = useTranslation();
  const format = useFormat();
  const owner = lookup.member(activity.ownerId);
  return (
    <>
      <span className="activity-row-title">{activity.title}</span>
      <span className="activity-row-meta">
        <span className={`status-tag status-${activity.status}`}>
          {t(`enums.activityStatus.${activity.status}`)}
        </span>
        {(activity.start || activity.end) && (
          <span className="activity-row-period">
            <Period start={activity.start} end={activity.end} format={format.date} />
          </span>
        )}
        <span className="activity-row-progress">
          <span className="progress-bar" aria-hidden="true">
            <span className="progress-bar-fill" style={{ width: `${activity.progress}%` }} />
          </span>
          {t('planner.activities.rowProgress', { percent: format.percent(activity.progress) })}
        </span>
        {owner && (
          <span className="activity-row-owner">
            {t('planner.activities.rowOwner', { name: owner })}
          </span>
        )}
      </span>
    </>
  );
}
