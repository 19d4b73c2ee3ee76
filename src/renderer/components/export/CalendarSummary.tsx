import { useTranslation } from 'react-i18next';
import { activitiesWithoutDays } from '../../../shared/dates/calendar-days';
import { useAppStore } from '../../store';

/**
 * What a calendar file will hold, in place of a preview: a calendar shows its events only once
 * Outlook has imported them, so the committee is told before saving what will be there and what
 * will not.
 */
export function CalendarSummary() {
  const { t } = useTranslation();
  const activities = useAppStore((s) => s.snapshot?.document.activities ?? []);
  const yearItems = useAppStore((s) => s.snapshot?.document.yearItems.length ?? 0);
  const undated = activitiesWithoutDays(activities);
  return (
    <>
      <p className="export-preview-note">{t('export.calendar.holds')}</p>
      <ul className="export-calendar-list">
        <li>{t('export.calendar.activities', { count: activities.length - undated })}</li>
        <li>{t('export.calendar.yearItems', { count: yearItems })}</li>
      </ul>
      {undated > 0 && (
        <p className="export-preview-note">{t('export.calendar.leftOut', { count: undated })}</p>
      )}
    </>
  );
}
